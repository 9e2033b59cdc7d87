import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flag } from '../../../../shared/domain.ts';
import { flagSubject } from '../../../../shared/rules/readiness.ts';
import { flagKey } from './board-order.ts';

interface Props {
  flags: readonly Flag[];
  sentence: (flag: Flag) => string;
  /** Keys (flagKey) of critical flags that appeared after the standing GO. */
  newKeys?: ReadonlySet<string>;
  /** More words after a flag's sentence (e.g. by how much it missed). */
  extra?: (flag: Flag) => ReactNode;
}

/** Every flag in plain words, critical first, each with its icon and severity in words. */
export function FlagList({ flags, sentence, newKeys, extra }: Props) {
  const { t } = useTranslation('readiness');
  if (flags.length === 0) return null;
  return (
    <ul className="rb-flag-list">
      {flags.map((flag) => {
        const isNew = newKeys?.has(flagKey(flag)) ?? false;
        return (
          <li
            key={flagKey(flag)}
            className={`rb-flag rb-flag-${flag.severity}`}
            data-flag-code={flag.code}
            data-flag-subject={flagSubject(flag)}
            data-flag-severity={flag.severity}
            data-flag-new={isNew || undefined}
          >
            <span className="rb-flag-icon" aria-hidden="true">
              {flag.severity === 'critical' ? '✖' : '▲'}
            </span>
            <span className="visually-hidden">{t(`flags:severity.${flag.severity}`)}: </span>
            <span className="rb-flag-text">
              {sentence(flag)}
              {extra?.(flag)}
            </span>
            {isNew && <span className="rb-flag-new">{t('newSinceGo')}</span>}
          </li>
        );
      })}
    </ul>
  );
}
