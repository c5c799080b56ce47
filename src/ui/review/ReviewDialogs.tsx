import { useStore } from '../../store';
import { MarkErrorDialog } from '../annotate';
import { ApplyAllDialog, DismissDialog, type FindingActions } from '../findings';
import { HistoryDialog } from '../history';
import { ReviewerDialog } from '../settings';
import { ShortcutsDialog } from '../shortcuts';

/** The one open review dialog (History, Mark error, Dismiss, Apply to all, Shortcuts; Settings lives in the header) and the name question. */
export function ReviewDialogs({ actions }: { actions: FindingActions }) {
  const dialog = useStore((s) => s.dialog);
  return (
    <>
      {dialog?.kind === 'history' && <HistoryDialog unitId={dialog.unitId} />}
      {dialog?.kind === 'mark' && <MarkErrorDialog target={dialog.target} />}
      {dialog?.kind === 'dismiss' && <DismissDialog finding={dialog.finding} actions={actions} />}
      {dialog?.kind === 'applyAll' && <ApplyAllDialog finding={dialog.finding} />}
      {dialog?.kind === 'shortcuts' && <ShortcutsDialog />}
      <ReviewerDialog />
    </>
  );
}
