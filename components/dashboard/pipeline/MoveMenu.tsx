import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { STAGES, type Stage } from '../../../utils/model/application';
import { STAGE_LABELS } from '../../common/stage-labels';

interface MoveMenuProps {
  /** "Company – Title", for the accessible names. */
  name: string;
  current: Stage;
  onChoose: (to: Stage) => void;
}

/**
 * "Move to…" on a board card: a menu button whose menu exists only while open. A native select per card
 * cost ~60 ms of the board's first paint at 10k (80 cards on screen, 560 options); one button each costs
 * almost nothing, and the open menu lives in a portal so the card's clipping never hides it.
 */
export function MoveMenu({ name, current, onChoose }: MoveMenuProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  }, []);
  const openWith = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
    }
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="board-move"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={openWith}
      >
        Move to…<span className="visually-hidden"> ({name})</span>
      </button>
      {open && button.current ? (
        <StageMenu
          anchor={button.current}
          label={`Move ${name} to`}
          stages={STAGES.filter((stage) => stage !== current)}
          onChoose={(stage) => {
            close(true);
            onChoose(stage);
          }}
          onClose={close}
        />
      ) : null}
    </>
  );
}

interface StageMenuProps {
  anchor: HTMLElement;
  label: string;
  stages: readonly Stage[];
  onChoose: (stage: Stage) => void;
  onClose: (refocus: boolean) => void;
}

// A menu item's height in CSS (.move-menu button), to keep the menu inside the window.
const ITEM_HEIGHT = 32;

/** The open menu: arrows move, Enter chooses, Escape or a click elsewhere closes it. */
function StageMenu({ anchor, label, stages, onChoose, onClose }: StageMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  // Placed once, when it opens (it closes on scroll): below its button, or above it near the window's end.
  const [place] = useState(() => {
    const box = anchor.getBoundingClientRect();
    const height = stages.length * ITEM_HEIGHT + 8;
    const below = box.bottom + 2;
    return { top: below + height > window.innerHeight ? Math.max(4, box.top - height - 2) : below, left: box.left };
  });

  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, []);

  useEffect(() => {
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !anchor.contains(target)) onClose(false);
    };
    // The board scrolls under a fixed menu; closing is calmer than a menu drifting away from its card.
    const scrolled = () => onClose(false);
    document.addEventListener('pointerdown', outside, true);
    window.addEventListener('scroll', scrolled, true);
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      window.removeEventListener('scroll', scrolled, true);
    };
  }, [anchor, onClose]);

  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (index: number) => items[(index + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') focus(at + 1);
    else if (event.key === 'ArrowUp') focus(at - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(items.length - 1);
    else if (event.key === 'Escape') onClose(true);
    else if (event.key === 'Tab') onClose(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };

  return createPortal(
    <div
      ref={menu}
      role="menu"
      aria-label={label}
      className="move-menu"
      style={{ top: place.top, left: place.left }}
      onKeyDown={move}
    >
      {stages.map((stage) => (
        <button key={stage} type="button" role="menuitem" tabIndex={-1} onClick={() => onChoose(stage)}>
          {STAGE_LABELS[stage]}
        </button>
      ))}
    </div>,
    document.body,
  );
}
