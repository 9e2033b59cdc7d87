import { useEffect } from 'react';

/**
 * Gives focus back to the control that opened a dialog when the dialog goes away. React
 * removes the <dialog> before the browser could restore focus itself, leaving it on <body>.
 */
export function useReturnFocus(): void {
  useEffect(() => {
    const opener = document.activeElement;
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
}
