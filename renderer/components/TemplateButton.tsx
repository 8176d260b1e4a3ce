import { Button, type ButtonProps } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import type { ImportKindName } from '../../preload/contracts/imports.ts';
import { call, errorMessage } from '../api.ts';
import { saveBase64File } from './download.ts';

interface TemplateButtonProps extends Omit<ButtonProps, 'onClick' | 'loading'> {
  kind: ImportKindName;
  label?: string;
  onError?: (message: string) => void;
}

/** Saves the blank template of an import kind: empty states and the wizard offer it. */
export function TemplateButton({ kind, label = '下載空白範本', onError, ...props }: TemplateButtonProps) {
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const file = await call('imports:template', { kind });
      saveBase64File(file.fileName, file.base64);
    } catch (error) {
      onError?.(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" leftSection={<IconFileSpreadsheet size={16} aria-hidden />} loading={busy} onClick={download} {...props}>
      {label}
    </Button>
  );
}
