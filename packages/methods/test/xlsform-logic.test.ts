import { describe, expect, it } from 'vitest';
import {
  XlsExpressionError,
  XlsFormLogicError,
  compileXlsForm,
  evaluateXls,
  parseXlsExpression,
  runXlsForm,
  xlsReferences,
  type XlsValue,
} from '../src/index.js';

const clock = { today: '2026-12-06', now: '2026-12-06T10:00:00Z' };
const ev = (src: string, values: Record<string, XlsValue> = {}, current?: XlsValue) =>
  evaluateXls(parseXlsExpression(src), { ref: (n) => values[n] ?? '', current, ...clock });

describe('XLSForm expressions', () => {
  it('compares, computes and calls the supported functions', () => {
    expect(ev('${age} >= 18', { age: 20 })).toBe(true);
    expect(ev('${age} >= 18', { age: 17 })).toBe(false);
    expect(ev("${age} >= 18 and ${sex} = 'f'", { age: 30, sex: 'f' })).toBe(true);
    expect(ev("not(${a} = 'yes') or ${b} != 2", { a: 'yes', b: 2 })).toBe(false);
    expect(ev('1 + 2 * 3')).toBe(7);
    expect(ev('(1 + 2) * 3')).toBe(9);
    expect(ev('7 div 2')).toBe(3.5);
    expect(ev('7 mod 2')).toBe(1);
    expect(ev('-${x} + 1', { x: 4 })).toBe(-3);
    expect(ev("selected(${crops}, 'maize')", { crops: ['rice', 'maize'] })).toBe(true);
    expect(ev("selected(${crops}, 'beans')", { crops: ['rice', 'maize'] })).toBe(false);
    expect(ev('count-selected(${crops})', { crops: ['rice', 'maize'] })).toBe(2);
    expect(ev('string-length(.)', {}, 'héllo')).toBe(5);
    expect(ev("if(${n} > 10, 'big', 'small')", { n: 11 })).toBe('big');
    expect(ev('today()')).toBe('2026-12-06');
    expect(ev('. <= today()', {}, '2026-12-05')).toBe(true);
    expect(ev('. <= today()', {}, '2026-12-07')).toBe(false);
    expect(ev("concat(${a}, '-', ${b})", { a: 'x', b: 3 })).toBe('x-3');
    expect(ev('round(${a} div 3, 2)', { a: 10 })).toBe(3.33);
    expect(ev("coalesce(${a}, 'none')", { a: '' })).toBe('none');
    expect(ev('count(${rows})', { rows: [1, 2, 3] })).toBe(3);
    expect(ev('sum(${w})', { w: [2, '3', 5] })).toBe(10);
  });

  it('treats an unanswered question as empty text, never as zero', () => {
    expect(ev("${n} = ''", { n: '' })).toBe(true);
    expect(ev('${n} = 0', { n: '' })).toBe(false);
    expect(ev('${n} > 0', { n: '' })).toBe(false);
    expect(ev('string-length(${t}) = 0')).toBe(true);
  });

  it('lists the questions an expression refers to', () => {
    expect(
      xlsReferences(parseXlsExpression("${a} > 1 and selected(${b}, 'x') or if(${c}, 1, ${a})")),
    ).toEqual(['a', 'b', 'c']);
  });

  it('refuses what it cannot read, naming the character', () => {
    const at = (src: string) => {
      try {
        parseXlsExpression(src);
      } catch (e) {
        expect(e).toBeInstanceOf(XlsExpressionError);
        return [(e as XlsExpressionError).position, (e as Error).message];
      }
      throw new Error(`"${src}" was read`);
    };
    expect(at('${a} > ')).toEqual([7, 'the expression ends too early']);
    expect(at("pulldata('x', 'y', 'z', 'w')")[1]).toBe('the function pulldata() is not supported');
    expect(at('age > 3')[1]).toContain('write a question as ${age}');
    expect(at("'open")[1]).toBe('a text in quotes is not closed');
    expect(at('(1 + 2')[1]).toBe('")" is missing at the end');
    expect(at('if(1, 2)')[1]).toBe('if() takes 3 arguments, not 2');
    expect(at('1 2')[1]).toBe('the expression goes on after its end');
    expect(at(`${'('.repeat(150)}1${')'.repeat(150)}`)[1]).toBe('the expression is nested too deeply');
  });
});

describe('XLSForm form logic', () => {
  const questions = [
    { name: 'has_farm', required: true },
    { name: 'hectares', relevant: "${has_farm} = 'yes'", constraint: '. > 0 and . < 1000', required: true },
    { name: 'price', required: false },
    { name: 'value', calculation: '${hectares} * ${price}' },
    { name: 'double', calculation: '${value} * 2' },
    { name: 'region', required: true },
    {
      name: 'district',
      required: true,
      choiceFilter: 'region = ${region}',
      choices: [
        { name: 'd1', filter: { region: 'north' } },
        { name: 'd2', filter: { region: 'south' } },
      ],
    },
    { name: 'member_name', group: 'members', required: true },
    { name: 'member_age', group: 'members', constraint: '. >= 0', requiredIf: "${member_name} != ''" },
    { name: 'adult', group: 'members', calculation: 'if(${member_age} >= 18, 1, 0)' },
    { name: 'adults', calculation: 'sum(${adult})' },
    { name: 'note_end', noValue: true, group: 'end' },
  ];
  const groups = [
    { name: 'members', repeat: true },
    { name: 'end', repeat: false, relevant: "${has_farm} = 'yes'" },
  ];
  const form = compileXlsForm(questions, groups);

  it('hides what the skip logic leaves out, works the calculations in order, and keeps repeats apart', () => {
    const s = runXlsForm(
      form,
      {
        has_farm: 'yes',
        hectares: 12,
        price: 100,
        region: 'north',
        district: 'd1',
        members: [
          { member_name: 'Ana', member_age: 34 },
          { member_name: 'Ben', member_age: 12 },
        ],
      },
      clock,
    );
    expect(s.problems).toEqual([]);
    expect(s.values.value).toBe(1200);
    expect(s.values.double).toBe(2400);
    expect((s.values.members as Record<string, unknown>[]).map((r) => r.adult)).toEqual([1, 0]);
    expect(s.values.adults).toBe(1);
    expect(s.choicesFor('district')).toEqual(['d1']);
    expect(s.isRelevant('end')).toBe(true);

    const no = runXlsForm(form, { has_farm: 'no', hectares: 5, region: 'south', district: 'd2' }, clock);
    expect(no.isRelevant('hectares')).toBe(false);
    expect(no.isRelevant('end')).toBe(false);
    expect(no.values.hectares).toBeUndefined();
    expect(no.problems).toEqual([]);
  });

  it('names what breaks a rule: required, constraint, a choice the filter does not offer', () => {
    const s = runXlsForm(
      form,
      {
        has_farm: 'yes',
        hectares: 5000,
        region: 'south',
        district: 'd1',
        members: [{ member_name: 'Ana' }, { member_age: -1 }],
      },
      clock,
    );
    expect(s.problems).toEqual([
      { question: 'hectares', kind: 'constraint' },
      { question: 'district', kind: 'choice' },
      { question: 'member_name', kind: 'required', repeat: 'members', row: 1 },
      { question: 'member_age', kind: 'required', repeat: 'members', row: 0 },
      { question: 'member_age', kind: 'constraint', repeat: 'members', row: 1 },
    ]);
    expect(runXlsForm(form, {}, clock).problems.map((p) => p.question)).toEqual([
      'has_farm',
      'region',
      'district',
    ]);
  });

  it('refuses unknown names, circles of calculations and repeats in repeats', () => {
    const fails = (q: object[], g: object[] = []) => {
      try {
        compileXlsForm(q as never, g as never);
      } catch (e) {
        expect(e).toBeInstanceOf(XlsFormLogicError);
        const err = e as XlsFormLogicError;
        return `${err.item}/${err.column}: ${err.message}`;
      }
      throw new Error('compiled');
    };
    expect(fails([{ name: 'a', relevant: '${b} = 1' }])).toBe(
      'a/relevant: ${b} is not a question of this form',
    );
    expect(
      fails([
        { name: 'a', calculation: '${c} + 1' },
        { name: 'b', calculation: '${a} + 1' },
        { name: 'c', calculation: '${b} + 1' },
      ]),
    ).toBe('a/calculation: the calculation depends on itself (${a} → ${c} → ${b} → ${a})');
    expect(fails([{ name: 'a', constraint: '. >' }])).toBe(
      'a/constraint: ". >" cannot be read at character 4: the expression ends too early',
    );
    expect(
      fails(
        [{ name: 'a', group: 'inner' }],
        [
          { name: 'outer', repeat: true },
          { name: 'inner', repeat: true, parent: 'outer' },
        ],
      ),
    ).toContain('repeats within repeats are not supported');
  });
});
