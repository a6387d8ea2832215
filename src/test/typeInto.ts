// Sets an input's value the way a user's typing would (user-event is not installed).
import { act, fireEvent } from '@testing-library/react';

export default async function typeInto(input: HTMLElement, value: string): Promise<void> {
  await act(async () => {
    fireEvent.change(input, { target: { value } });
  });
}
