'use client';

import { Dialog } from '@/components/ui/dialog';
import { formatMonthKey } from './format';

// Goals of months that ended are changed only once the admin confirms it.

export function PastMonthsDialog({
  months,
  locale,
  isSaving,
  onConfirm,
  onCancel,
}: {
  months: string[];
  locale: string;
  isSaving: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Dialog title="Change goals of past months?" onClose={onCancel} testId="past-months-dialog">
      <p style={{ marginTop: 0 }}>
        You are changing goals of {months.map((month) => formatMonthKey(month, locale, 'long')).join(', ')}, which {months.length === 1 ? 'has' : 'have'} ended. Past
        results on the wall and in reports will be measured against the new goals.
      </p>
      <div className="form-actions">
        <button type="button" className="button" disabled={isSaving} onClick={onConfirm} data-autofocus>
          {isSaving ? 'Saving…' : 'Change past goals'}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
