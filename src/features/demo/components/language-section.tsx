import { Field, Select } from '@fluentui/react-components';
import { PanelSection } from '@/features/demo/components/panel-section';
import { demoMessages } from '@/features/demo/messages';
import { isLocale, LANGUAGE_NAMES, LOCALES } from '@/lib/i18n/locale';
import { useLocale, useMessages } from '@/lib/i18n/locale-provider';

/** The portal's language, the same setting as the Settings panel's, at hand while presenting. */
export function LanguageSection() {
  const t = useMessages(demoMessages);
  const { locale, setLocale } = useLocale();
  return (
    <PanelSection id="demo-language" title={t.language}>
      <Field label={t.language}>
        <Select
          value={locale}
          onChange={(_event, data) => isLocale(data.value) && setLocale(data.value)}
        >
          {LOCALES.map((id) => (
            <option key={id} value={id} lang={id}>
              {LANGUAGE_NAMES[id]}
            </option>
          ))}
        </Select>
      </Field>
    </PanelSection>
  );
}
