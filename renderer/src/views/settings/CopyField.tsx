import { useState } from 'react';

/** A secret or a link to copy: shown in a read-only field (select it by hand if copying fails). */
export function CopyField({
  value,
  label,
  copyLabel,
  copiedLabel,
  testId,
}: {
  value: string;
  label: string;
  copyLabel: string;
  copiedLabel: string;
  testId?: string;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="copy-field">
      <input
        readOnly
        value={value}
        aria-label={label}
        data-testid={testId}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button
        type="button"
        onClick={() =>
          void navigator.clipboard?.writeText(value).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? copiedLabel : copyLabel}
      </button>
    </div>
  );
}
