import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  OverlayDrawer,
  type DrawerProps,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

export interface SidePanelProps {
  open: boolean;
  /** Escape, a click outside and the close button all end here. */
  onClose: () => void;
  size: DrawerProps['size'];
  title: ReactNode;
  /** The close button has only an icon, so its accessible name comes from the panel's own wording. */
  closeLabel: string;
  children: ReactNode;
}

/** A pane that slides in on the right, as the portal's side panels do: a title row with Close, then its body. */
export function SidePanel({ open, onClose, size, title, closeLabel, children }: SidePanelProps) {
  return (
    <OverlayDrawer
      position="end"
      size={size}
      open={open}
      onOpenChange={(_event, data) => !data.open && onClose()}
    >
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
      <DrawerBody>{children}</DrawerBody>
    </OverlayDrawer>
  );
}
