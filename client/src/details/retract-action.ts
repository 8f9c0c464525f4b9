// "Retract this source": first asks the server what would go (a dry run), says it, and retracts
// only on a second, explicit confirmation with a reason.
import type { RetractResponse } from '../../../server/contract/curation.ts';
import { plural, t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';
import { attempt } from '../ui/toast.ts';
import type { CurationClient } from './curation-client.ts';

export function retractAction(
  client: CurationClient,
  sourceId: string,
  title: string,
  retracted: (answer: RetractResponse) => void,
): HTMLElement {
  const box = h('div', { class: 'confirm-box', hidden: true, 'data-testid': 'retract-confirm' });
  const start = async () => {
    const preview = await client.retractPreview(sourceId);
    const removed = preview.removedNodes.length + preview.removedRelationships.length;
    const kept = preview.keptNodes.length + preview.keptRelationships.length;
    const reason = h('textarea', {
      rows: 2,
      'data-testid': 'retract-reason',
      placeholder: t('correct.reasonHint'),
    });
    box.replaceChildren(
      h(
        'p',
        { 'data-testid': 'retract-summary' },
        plural('retract.removes', removed, { title }),
        ' ',
        plural('retract.keeps', kept),
      ),
      h('label', {}, t('correct.reason'), reason),
      h(
        'button',
        {
          type: 'button',
          class: 'danger',
          'data-testid': 'retract-confirm-button',
          onclick: () =>
            void attempt(
              async () => retracted(await client.retract(sourceId, reason.value)),
              t('retract.failed'),
            ),
        },
        t('retract.confirm'),
      ),
    );
    box.hidden = false;
    reason.focus();
  };
  return h(
    'span',
    { class: 'retract-action' },
    h(
      'button',
      {
        type: 'button',
        class: 'small danger',
        'data-testid': 'retract-start',
        'data-source-id': sourceId,
        onclick: () => void attempt(start, t('retract.failed')),
      },
      t('retract.start'),
    ),
    box,
  );
}
