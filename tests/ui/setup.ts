// fake-indexeddb must load before Dexie touches `indexedDB`.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
