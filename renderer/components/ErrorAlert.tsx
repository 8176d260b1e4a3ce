import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { errorMessage } from '../api.ts';

interface ErrorAlertProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** What went wrong, in the API's Chinese words — never a stack trace. */
export function ErrorAlert({ error, title = '無法讀取資料', onRetry }: ErrorAlertProps) {
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle aria-hidden />} role="alert">
      {errorMessage(error)}
      {onRetry ? (
        <Button variant="white" color="red" size="xs" mt="sm" display="block" onClick={onRetry}>
          重試
        </Button>
      ) : null}
    </Alert>
  );
}
