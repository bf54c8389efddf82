import { Button } from '@fluentui/react-components';
import { PlayRegular } from '@fluentui/react-icons';
import { useNavigate } from 'react-router';
import { DEMO_MOMENT_IDS } from '@/contract/demo';
import { useDemoAction } from '@/features/demo/api/demo-actions';
import { PanelSection, usePanelStyles } from '@/features/demo/components/panel-section';
import { demoMessages } from '@/features/demo/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

/**
 * The seed's story at its fixed points (contract §8), one click each, and the guided presentation,
 * which the portal starts from its own address (`?present=seed`) so that a link does the same.
 */
export function MomentsSection({ onClose }: { onClose: () => void }) {
  const styles = usePanelStyles();
  const t = useMessages(demoMessages);
  const action = useDemoAction();
  const navigate = useNavigate();
  return (
    <PanelSection id="demo-moments" title={t.moments}>
      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={<PlayRegular />}
          onClick={() => {
            onClose();
            void navigate({ search: '?present=seed&chapter=1' });
          }}
        >
          {t.present}
        </Button>
      </div>
      <p className={styles.help}>{t.presentHelp}</p>
      <div className={styles.row}>
        {DEMO_MOMENT_IDS.map((id) => (
          <Button
            key={id}
            disabled={action.isPending}
            onClick={() => action.mutate({ kind: 'moment', id })}
          >
            {t.momentNames[id]}
          </Button>
        ))}
      </div>
      <p className={styles.help}>{t.momentsHelp}</p>
    </PanelSection>
  );
}
