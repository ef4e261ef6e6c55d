import { expect, it } from 'vitest';
import { venueLine } from './venue';

it('adds the year only where the venue does not already carry it', () => {
  expect(venueLine('ICLR 2024', 2024)).toBe('ICLR 2024');
  expect(venueLine('preprint', 2025)).toBe('Preprint, 2025');
  expect(venueLine('Neural Networks', 2020)).toBe('Neural Networks · 2020');
});
