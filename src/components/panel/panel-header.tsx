import { Button, DrawerHeader, DrawerHeaderTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

export interface PanelHeaderProps {
  title: ReactNode;
  /** The close button has only an icon, so its accessible name comes from the panel's own wording. */
  closeLabel: string;
  onClose: () => void;
}

/** The title row every side panel shares: its title and the close button beside it. */
export function PanelHeader({ title, closeLabel, onClose }: PanelHeaderProps) {
  return (
    <DrawerHeader>
      <DrawerHeaderTitle
        action={
          <Button
            appearance="subtle"
            aria-label={closeLabel}
            icon={<DismissRegular />}
            onClick={onClose}
          />
        }
      >
        {title}
      </DrawerHeaderTitle>
    </DrawerHeader>
  );
}
