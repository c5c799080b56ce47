import { useStore } from '../../store';
import { Modal } from '../common/Modal';
import { SHORTCUTS } from './SHORTCUTS';

/** "?": the list of keyboard shortcuts. */
export function ShortcutsDialog() {
  const close = () => useStore.getState().openDialog(null);
  return (
    <Modal
      title="Keyboard shortcuts"
      onClose={close}
      actions={
        <button type="button" onClick={close}>
          Close
        </button>
      }
    >
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys}>
              <td>
                <kbd>{s.keys}</kbd>
              </td>
              <td>{s.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
