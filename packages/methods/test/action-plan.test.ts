import { describe, expect, it } from 'vitest';
import {
  ACTION_PLAN_COLUMNS,
  addMonths,
  checkTaskDates,
  depthUnder,
  findParentCycle,
  isReviewDue,
  isTaskLate,
  numberTasks,
  parentNumber,
  subtreeHeight,
} from '../src/index.js';

/** The action plan's numbering and checks (GIZ 001:2036–2061). */
const t = (id: string, parentId: string | null, position: number) => ({ id, parentId, position });

describe('action plan numbering', () => {
  it('numbers tasks 1, 1.1, 1.1.1 depth first by position', () => {
    const tasks = [t('b', null, 1), t('a', null, 0), t('a2', 'a', 1), t('a1', 'a', 0), t('a11', 'a1', 0)];
    expect(numberTasks(tasks).map((n) => [n.task.id, n.number, n.depth])).toEqual([
      ['a', '1', 1],
      ['a1', '1.1', 2],
      ['a11', '1.1.1', 3],
      ['a2', '1.2', 2],
      ['b', '2', 1],
    ]);
  });

  it('leaves out tasks in a circle or under a missing parent', () => {
    const tasks = [t('a', null, 0), t('x', 'y', 0), t('y', 'x', 0), t('z', 'gone', 0)];
    expect(numberTasks(tasks).map((n) => n.number)).toEqual(['1']);
  });

  it('keeps the guide’s eight columns in order (001:2054)', () => {
    expect(ACTION_PLAN_COLUMNS.join(' | ')).toBe(
      'no | task | priority | deadline | responsible | support | remarks | status',
    );
  });
});

describe('action plan checks', () => {
  const tasks = [t('a', null, 0), t('b', 'a', 0), t('c', 'b', 0), t('d', null, 1)];

  it('finds a circular parent link', () => {
    expect(findParentCycle(tasks, 'a', 'c')).toEqual(['a', 'c', 'b', 'a']);
    expect(findParentCycle(tasks, 'a', 'a')).toEqual(['a', 'a']);
    expect(findParentCycle(tasks, 'd', 'c')).toBeNull();
    expect(findParentCycle(tasks, 'b', null)).toBeNull();
  });

  it('measures depth under a parent and the height of a subtree', () => {
    expect(depthUnder(tasks, null)).toBe(1);
    expect(depthUnder(tasks, 'c')).toBe(4);
    expect(subtreeHeight(tasks, 'a')).toBe(2);
    expect(subtreeHeight(tasks, 'd')).toBe(0);
  });

  it('refuses a deadline after the plan’s end or the parent’s, and a parent due before its sub-task', () => {
    expect(checkTaskDates({ deadline: '2027-01-01', planEndsOn: '2026-12-31' })).toEqual([
      { field: 'deadline', problem: 'after_plan_end', limit: '2026-12-31' },
    ]);
    expect(
      checkTaskDates({ deadline: '2026-06-01', planEndsOn: '2026-12-31', parentDeadline: '2026-05-31' }),
    ).toEqual([{ field: 'deadline', problem: 'after_parent', limit: '2026-05-31' }]);
    expect(
      checkTaskDates({
        deadline: '2026-03-01',
        planEndsOn: '2026-12-31',
        latestSubTaskDeadline: '2026-04-01',
      })[0]?.problem,
    ).toBe('before_sub_task');
    expect(
      checkTaskDates({ deadline: '2026-03-01', startsOn: '2026-03-02', planEndsOn: '2026-12-31' })[0],
    ).toMatchObject({ field: 'startsOn', problem: 'after_deadline' });
    expect(
      checkTaskDates({ deadline: '2026-05-31', planEndsOn: '2026-12-31', parentDeadline: '2026-05-31' }),
    ).toEqual([]);
    expect(
      checkTaskDates({ deadline: null, planEndsOn: '2026-12-31', parentDeadline: '2026-01-01' }),
    ).toEqual([]);
  });

  it('tells late tasks and due reviews, and adds months', () => {
    expect(isTaskLate({ deadline: '2026-01-01', status: 'open' }, '2026-01-02')).toBe(true);
    expect(isTaskLate({ deadline: '2026-01-01', status: 'done' }, '2026-01-02')).toBe(false);
    expect(isTaskLate({ deadline: '2026-01-02', status: 'in_progress' }, '2026-01-02')).toBe(false);
    expect(isReviewDue('2026-01-02', '2026-01-02')).toBe(true);
    expect(isReviewDue(null, '2026-01-02')).toBe(false);
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-01-15', 12)).toBe('2027-01-15');
  });

  it('reads the parent of a hierarchical number', () => {
    expect(parentNumber('2.1')).toBe('2');
    expect(parentNumber('2.')).toBeNull();
    expect(parentNumber('1.2.3')).toBe('1.2');
    expect(parentNumber('1..2')).toBeUndefined();
    expect(parentNumber('0')).toBeUndefined();
    expect(parentNumber('abc')).toBeUndefined();
  });
});
