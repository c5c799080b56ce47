export { countNote } from './countNote';
export { formatTermbase } from './formatTermbase';
