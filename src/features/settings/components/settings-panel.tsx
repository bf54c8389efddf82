import { Label, makeStyles, Radio, RadioGroup, tokens, useId } from '@fluentui/react-components';
import { SidePanel } from '@/components/panel/side-panel';
import { settingsMessages } from '@/features/settings/messages';
import { useFormat } from '@/lib/i18n/format';
import { isLocale, LANGUAGE_NAMES, LOCALES } from '@/lib/i18n/locale';
import { useLocale, useMessages } from '@/lib/i18n/locale-provider';
import { addNotification } from '@/lib/notifications/notifications-store';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalXL,
  },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  examples: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

/** An amount that shows grouping and decimals, so the example makes the number format visible. */
const EXAMPLE_AMOUNT = 1234.56;

export interface SettingsPanelProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Language + region, applied at once and remembered (useLocale saves it); loaded when first wanted. */
export function SettingsPanel({ open, onOpenChange }: SettingsPanelProps) {
  const styles = useStyles();
  const t = useMessages(settingsMessages);
  const { locale, setLocale } = useLocale();
  const format = useFormat();
  const languageLabel = useId('settings-language');
  const today = new Date().toISOString();

  const choose = (value: string) => {
    if (!isLocale(value) || value === locale) return;
    setLocale(value);
    addNotification({ operation: 'language', target: LANGUAGE_NAMES[value], status: 'succeeded' });
  };

  return (
    <SidePanel
      open={open}
      onClose={() => onOpenChange(false)}
      size="small"
      title={t.title}
      closeLabel={t.close}
    >
      <section className={styles.section}>
        <h3 className={styles.heading}>{t.languageAndRegion}</h3>
        <Label id={languageLabel} weight="semibold">
          {t.language}
        </Label>
        <RadioGroup
          aria-labelledby={languageLabel}
          value={locale}
          onChange={(_, data) => choose(data.value)}
        >
          {LOCALES.map((value) => (
            // The label, not only the input, says which language the name is in.
            <Radio
              key={value}
              value={value}
              label={{ children: LANGUAGE_NAMES[value], lang: value }}
              lang={value}
            />
          ))}
        </RadioGroup>
        <p className={styles.hint}>{t.languageHint}</p>
      </section>
      <section className={styles.section}>
        <h3 className={styles.heading}>{t.formats}</h3>
        <p className={styles.hint}>{t.formatsHint}</p>
        <dl className={styles.examples}>
          <dt className={styles.term}>{t.dateExample}</dt>
          <dd className={styles.value}>{format.dateTime(today)}</dd>
          <dt className={styles.term}>{t.amountExample}</dt>
          <dd className={styles.value}>{format.money(EXAMPLE_AMOUNT, 'USD')}</dd>
        </dl>
      </section>
    </SidePanel>
  );
}
