/**
 * A row of action buttons from a list: the pane's actions and the browser page's downloads.
 * An action the host cannot do is left out of the list (false or null), so a control shows
 * only where its ability exists, and every button of a row is disabled together while busy.
 */
import { Button } from '@fluentui/react-components';

export interface Action {
  readonly label: string;
  run(): unknown;
  readonly primary?: boolean;
  /** For an action that opens or closes a panel. */
  readonly expanded?: boolean;
}

export interface ActionRowProps {
  readonly actions: readonly (Action | false | null | undefined)[];
  readonly disabled: boolean;
  readonly className: string;
  /** Names the row as a group for screen readers. */
  readonly label?: string;
}

export function ActionRow({ actions, disabled, className, label }: ActionRowProps) {
  return (
    <div role={label === undefined ? undefined : 'group'} aria-label={label} className={className}>
      {actions.map(
        (action) =>
          action && (
            <Button
              key={action.label}
              appearance={action.primary ? 'primary' : undefined}
              disabledFocusable={disabled}
              aria-expanded={action.expanded}
              onClick={() => void action.run()}
            >
              {action.label}
            </Button>
          ),
      )}
    </div>
  );
}
