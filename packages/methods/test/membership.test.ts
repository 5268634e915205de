import { describe, expect, it } from 'vitest';
import { allowedMoves, canMove } from '../src/index.js';

describe('membership pipeline (001:3350–3378)', () => {
  it('goes from application through the board and a trial to full membership', () => {
    expect(canMove(null, 'prospect')).toBe(true);
    expect(canMove('applied', 'trial')).toBe(true);
    expect(canMove('trial', 'member')).toBe(true);
  });
  it('does not skip the application, and lets anyone leave', () => {
    expect(canMove('prospect', 'member')).toBe(false);
    expect(canMove('contacted', 'trial')).toBe(false);
    expect(allowedMoves('member')).toEqual(['left']);
    expect(canMove('left', 'prospect')).toBe(true);
  });
});
