// Catches a render failure and shows what went wrong instead of a white page.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { errorText } from './ErrorAlert';
import { t } from '../i18n';

interface Props { children: ReactNode; resetKey?: unknown }
interface State { error?: unknown; key?: unknown }

export default class ErrorBoundary extends Component<Props, State> {
  state: State = {};

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    // Navigating elsewhere (a new resetKey) clears the error.
    return props.resetKey !== state.key ? { key: props.resetKey, error: undefined } : null;
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Portal render error', error, info.componentStack);
  }

  render() {
    if (this.state.error === undefined) return this.props.children;
    const { reason, detail } = errorText(this.state.error);
    return (
      <Alert severity="error" role="alert" action={<Button color="inherit" onClick={() => this.setState({ error: undefined })}>{t('Try again')}</Button>}>
        <AlertTitle>{t('Something went wrong on this page')}</AlertTitle>
        <div>{reason}</div>
        {detail ? <div>{detail}</div> : null}
      </Alert>
    );
  }
}
