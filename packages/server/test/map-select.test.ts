import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';

let ctx: TestContext;
let manager: Session;
let ws: string;

/** A multipart/form-data body as a browser sends it. */
function multipart(
  fields: Record<string, string>,
  files: Record<string, { name: string; content: string | Buffer }>,
) {
  const boundary = '----agglomera' + Math.random().toString(16).slice(2);
  const chunks: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  for (const [k, f] of Object.entries(files)) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${k}"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
    );
    chunks.push(Buffer.isBuffer(f.content) ? f.content : Buffer.from(f.content));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function upload(
  session: Session,
  workspace: string,
  fields: Record<string, string>,
  files: Record<string, { name: string; content: string | Buffer }>,
) {
  const body = multipart(fields, files);
  return ctx.app.inject({
    method: 'POST',
    url: `/api/v1/workspaces/${workspace}/map/datasets`,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': body.contentType },
    payload: body.payload,
  });
}

// Four US states (FIPS codes) × three NAICS industries of the US benchmark + one outside it × 2 years.
// 336411 aircraft → Aerospace Vehicles and Defense; 115111 soybeans → Agricultural Products (definitions file).
const STATES = `region,region_name,industry,year,employment,establishments
53,Washington,336411,2020,80000,50
53,Washington,115111,2020,2000,40
53,Washington,999999,2020,118000,900
19,Iowa,336411,2020,1000,5
19,Iowa,115111,2020,30000,600
19,Iowa,999999,2020,69000,800
06,California,336411,2020,60000,90
06,California,115111,2020,5000,100
06,California,999999,2020,435000,5000
48,Texas,336411,2020,40000,70
48,Texas,115111,2020,20000,400
48,Texas,999999,2020,340000,4000
53,Washington,336411,2022,88000,52
53,Washington,115111,2022,2000,40
53,Washington,999999,2022,118000,900
19,Iowa,336411,2022,1000,5
19,Iowa,115111,2022,33000,610
19,Iowa,999999,2022,69000,800
06,California,336411,2022,60000,90
06,California,115111,2022,5000,100
06,California,999999,2022,435000,5000
48,Texas,336411,2022,40000,70
48,Texas,115111,2022,20000,400
48,Texas,999999,2022,340000,4000
`;

let datasetId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
});
afterAll(async () => ctx?.close());

const datasetCount = async () =>
  (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/map/datasets`)).json().datasets.length as number;

describe('mapping datasets through the API', () => {
  it('imports a dataset and computes every record', async () => {
    const res = await upload(
      manager,
      ws,
      { name: 'States 2020–2022', definitions: 'us-benchmark' },
      { file: { name: 'states.csv', content: STATES } },
    );
    expect(res.statusCode, res.body).toBe(201);
    datasetId = res.json().id;
    expect(res.json()).toMatchObject({ inputRows: 24, uncoveredIndustries: 1 });
    const d = (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/map/datasets/${datasetId}`)).json();
    expect(d.years).toEqual([2020, 2022]);
    expect(d.builtInGeography).toBe('us-states');
    expect(d.limits).toHaveLength(5);
    expect(d.regions.map((r: { region: string }) => r.region)).toEqual(['06', '19', '48', '53']);
  });

  it('names US states and counties by their FIPS codes when the file has codes only (experience issue, item 11)', async () => {
    const codesOnly = STATES.split('\n')
      .map((line) => line.replace(/^(\d\d),[^,]*,/, '$1,').replace('region,region_name,', 'region,'))
      .join('\n')
      // a county of Iowa (Polk, 19153) beside the states
      .concat('19153,336411,2020,10,1\n19153,336411,2022,10,1\n');
    const res = await upload(
      manager,
      ws,
      { name: 'Codes only', definitions: 'us-benchmark' },
      { file: { name: 'codes.csv', content: codesOnly } },
    );
    expect(res.statusCode, res.body).toBe(201);
    const d = (
      await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/map/datasets/${res.json().id}`)
    ).json();
    const named = Object.fromEntries(
      d.regions.map((r: { region: string; region_name: string | null }) => [r.region, r.region_name]),
    );
    expect(named).toMatchObject({ '06': 'California', '19': 'Iowa', '19153': 'Polk, Iowa' });
    expect(
      (await as(ctx.app, manager).delete(`/api/v1/workspaces/${ws}/map/datasets/${res.json().id}`))
        .statusCode,
    ).toBeLessThan(300);
  });

  it('shows a region profile with LQ, the strong flag and growth', async () => {
    const p = (
      await as(ctx.app, manager).get(
        `/api/v1/workspaces/${ws}/map/datasets/${datasetId}/regions/19?year=2020`,
      )
    ).json();
    // Iowa 2020: agriculture 30000 of 100000 jobs; nation 57000 of 1200000 → LQ = 0.3 / 0.0475
    const agri = p.topByLq[0];
    expect(agri.cluster_name).toBe('Agricultural Products');
    expect(agri.lq).toBeCloseTo(0.3 / (57000 / 1200000), 9);
    expect(p.regionName).toBe('Iowa');
    const g = (
      await as(ctx.app, manager).get(
        `/api/v1/workspaces/${ws}/map/datasets/${datasetId}/growth?region=19&cluster=${agri.cluster_code}&from=2020&to=2022`,
      )
    ).json();
    expect(g.change).toBe(3000);
    expect(g.cagr).toBeCloseTo(Math.sqrt(33000 / 30000) - 1, 12);
  });

  it('shows a cluster profile and compares regions side by side', async () => {
    const records = (
      await as(ctx.app, manager).get(
        `/api/v1/workspaces/${ws}/map/datasets/${datasetId}/records?region=53&year=2020`,
      )
    ).json();
    const aero = records.records.find((r: { cluster_name: string }) =>
      r.cluster_name.startsWith('Aerospace'),
    );
    const c = (
      await as(ctx.app, manager).get(
        `/api/v1/workspaces/${ws}/map/datasets/${datasetId}/clusters/${aero.cluster_code}?year=2020`,
      )
    ).json();
    expect(c.topByLq[0].region).toBe('53');
    expect(c.totalEmployment).toBe(181000);
    const cmp = (
      await as(ctx.app, manager).get(
        `/api/v1/workspaces/${ws}/map/datasets/${datasetId}/compare?regions=53,19&year=2020`,
      )
    ).json();
    expect(Object.keys(cmp.clusters[0].values).sort()).toEqual(['19', '53']);
    const bad = await as(ctx.app, manager).get(
      `/api/v1/workspaces/${ws}/map/datasets/${datasetId}/compare?regions=53`,
    );
    expect(bad.statusCode).toBe(400);
  });

  it('pages records and exports them to CSV and XLSX', async () => {
    const page = (
      await as(ctx.app, manager).get(
        `/api/v1/workspaces/${ws}/map/datasets/${datasetId}/records?limit=3&offset=0&sort=lq`,
      )
    ).json();
    expect(page.total).toBe(4 * 2 * 2);
    expect(page.records).toHaveLength(3);
    const csv = await as(ctx.app, manager).get(
      `/api/v1/workspaces/${ws}/map/datasets/${datasetId}/records?format=csv`,
    );
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n')[0]).toBe(
      'year,region,region_name,region_type,cluster_code,cluster_name,cluster_type,employment,establishments,wages,average_wage,lq,share,rank,employment_rank,employment_change,cagr,strong,strong90',
    );
    const xlsx = await as(ctx.app, manager).get(
      `/api/v1/workspaces/${ws}/map/datasets/${datasetId}/records?format=xlsx`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.rowCount).toBe(17);
  });

  it.each([
    ['missing column', 'region,industry\n01,336411\n', { line: 1, column: 'employment' }],
    [
      'non-numeric employment',
      'region,industry,employment\n01,336411,5\n02,336411,many\n',
      { line: 3, column: 'employment' },
    ],
    ['negative employment', 'region,industry,employment\n01,336411,-5\n', { line: 2, column: 'employment' }],
    [
      'duplicate rows',
      'region,industry,employment\n01,336411,5\n01,336411,6\n',
      { line: 3, column: 'industry' },
    ],
    ['empty file', '', { line: null, column: null }],
  ])('rejects %s with the row and column named, storing nothing', async (_label, content, where) => {
    const before = await datasetCount();
    const res = await upload(manager, ws, { name: 'bad' }, { file: { name: 'bad.csv', content } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_file');
    expect(res.json().error.details).toMatchObject({ file: 'bad.csv', ...where });
    expect(await datasetCount()).toBe(before);
  });

  it('rejects definitions whose industry codes match nothing', async () => {
    const res = await upload(
      manager,
      ws,
      { name: 'nace', definitions: 'file' },
      {
        file: { name: 'nace.csv', content: 'region,industry,employment\nFR1,C10,5\n' },
        definitionsFile: { name: 'mine.csv', content: 'cluster_code,cluster_name,industry\n1,Food,10.1\n' },
      },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toMatchObject({ file: 'mine.csv', column: 'industry' });
    expect(res.json().error.message).toContain('none of the 1 industry codes');
  });

  it('accepts a user crosswalk of another classification', async () => {
    const res = await upload(
      manager,
      ws,
      { name: 'NACE regions', definitions: 'file' },
      {
        file: {
          name: 'nace.csv',
          content: 'region,industry,employment\nFR1,C10,50\nFR1,C11,10\nFR2,C10,5\nFR2,J62,100\n',
        },
        definitionsFile: {
          name: 'food.csv',
          content: 'cluster_code,cluster_name,industry\nFOOD,Food and drink,C10\nFOOD,Food and drink,C11\n',
        },
      },
    );
    expect(res.statusCode, res.body).toBe(201);
    const recs = (
      await as(ctx.app, manager).get(
        `/api/v1/workspaces/${ws}/map/datasets/${res.json().id}/records?region=FR1`,
      )
    ).json().records;
    expect(recs[0].lq).toBeCloseTo(60 / 60 / (65 / 165), 12);
  });

  it('keeps uploads to editors and inside the workspace', async () => {
    const member = await signIn(ctx.app, 'member@demo.agglomera.org');
    expect(
      (await upload(member, ws, { name: 'x' }, { file: { name: 's.csv', content: STATES } })).statusCode,
    ).toBe(403);
    const officer = await signIn(ctx.app, 'officer@demo.agglomera.org');
    expect(
      (await as(ctx.app, officer).get(`/api/v1/workspaces/${ws}/map/datasets/${datasetId}`)).statusCode,
    ).toBe(404);
    const programme = workspaceByKind(officer, 'programme');
    expect(
      (await as(ctx.app, officer).get(`/api/v1/workspaces/${programme}/map/datasets/${datasetId}`))
        .statusCode,
    ).toBe(404);
  });

  it('stores an uploaded GeoJSON only when every feature carries the region code', async () => {
    const feature = (code?: string) => ({
      type: 'Feature',
      properties: code ? { code } : {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
    });
    const bad = await as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/map/geographies`, {
      name: 'Regions',
      regionProperty: 'code',
      geojson: { type: 'FeatureCollection', features: [feature('FR1'), feature()] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.field).toBe('body.geojson.features[1].properties.code');
    const good = await as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/map/geographies`, {
      name: 'Regions',
      regionProperty: 'code',
      geojson: { type: 'FeatureCollection', features: [feature('FR1'), feature('FR2')] },
    });
    expect(good.statusCode).toBe(201);
    expect(
      (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/map/geographies`)).json().geographies,
    ).toHaveLength(1);
  });

  it('refuses garbage geometry and property names found through the prototype (hardening issue, item 14)', async () => {
    const square = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    const upload = (features: unknown[], regionProperty = 'code') =>
      as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/map/geographies`, {
        name: 'Bad regions',
        regionProperty,
        geojson: { type: 'FeatureCollection', features },
      });
    const cases: [unknown, string, string][] = [
      [{ type: 'Polygon', coordinates: [square] }, 'constructor', 'has no property "constructor"'],
      [{ type: 'Point', coordinates: [0, 0] }, 'code', 'Polygon or MultiPolygon'],
      [{ type: 'Polygon', coordinates: 'garbage' }, 'code', 'without rings'],
      [
        {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [0, 0],
            ],
          ],
        },
        'code',
        'fewer than four',
      ],
      [
        {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 1],
            ],
          ],
        },
        'code',
        'not closed',
      ],
      [
        {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1e308, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        },
        'code',
        'longitude, latitude',
      ],
      [
        {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [0, 0],
                ['x', 0],
                [1, 1],
                [0, 0],
              ],
            ],
          ],
        },
        'code',
        'longitude',
      ],
    ];
    for (const [geometry, property, message] of cases) {
      const res = await upload([{ type: 'Feature', properties: { code: 'FR1' }, geometry }], property);
      expect(res.statusCode, JSON.stringify(geometry)).toBe(400);
      expect(res.json().error.message).toContain(message);
    }
    expect(
      (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/map/geographies`)).json().geographies,
    ).toHaveLength(1);
  });
});

describe('selection with a panel and a recorded decision', () => {
  it('ranks candidates from mapping figures and independent scores, then opens the chosen initiative', async () => {
    const api = as(ctx.app, manager);
    const ex = (
      await api.post(`/api/v1/workspaces/${ws}/selections`, {
        name: 'Which cluster first?',
        datasetId,
        year: 2022,
      })
    ).json();
    const base = `/api/v1/workspaces/${ws}/selections/${ex.id}`;
    const codes = (
      await api.get(`/api/v1/workspaces/${ws}/map/datasets/${datasetId}/records?region=19&year=2022`)
    ).json().records;
    const agri = codes.find(
      (r: { cluster_name: string }) => r.cluster_name === 'Agricultural Products',
    ).cluster_code;
    const aero = codes.find((r: { cluster_name: string }) =>
      r.cluster_name.startsWith('Aerospace'),
    ).cluster_code;
    const c1 = (await api.post(`${base}/candidates`, { region: '19', clusterCode: agri })).json();
    const c2 = (await api.post(`${base}/candidates`, { region: '53', clusterCode: aero })).json();
    expect(c1.name).toBe('Agricultural Products — Iowa');
    expect(c1.metrics.employment).toBe(33000);
    const size = (
      await api.post(`${base}/criteria`, { name: 'Size', kind: 'computed', metric: 'employment', weight: 1 })
    ).json();
    const capacity = (
      await api.post(`${base}/criteria`, { name: 'Local capacity', kind: 'scored', scaleMax: 5, weight: 1 })
    ).json();
    expect(size.kind).toBe('computed');
    const staff = await signIn(ctx.app, 'staff@demo.agglomera.org');
    const member = await signIn(ctx.app, 'member@demo.agglomera.org');
    for (const s of [staff, member])
      expect((await api.post(`${base}/scorers`, { userId: s.userId })).statusCode).toBe(201);

    const outOfScale = await as(ctx.app, staff).put(`${base}/scores`, {
      scores: [
        { candidateId: c1.id, criterionId: capacity.id, score: 4 },
        { candidateId: c2.id, criterionId: capacity.id, score: 9 },
      ],
    });
    expect(outOfScale.statusCode).toBe(400);
    expect(outOfScale.json().error.details[0].field).toBe('body.scores[1].score');
    await as(ctx.app, staff).put(`${base}/scores`, {
      scores: [
        { candidateId: c1.id, criterionId: capacity.id, score: 5 },
        { candidateId: c2.id, criterionId: capacity.id, score: 1 },
      ],
    });
    await as(ctx.app, member).put(`${base}/scores`, {
      scores: [
        { candidateId: c1.id, criterionId: capacity.id, score: 3 },
        { candidateId: c2.id, criterionId: capacity.id, score: 2 },
      ],
    });

    // A scorer sees only their own scores and no ranking.
    const seenByMember = (await as(ctx.app, member).get(base)).json();
    expect(seenByMember.scores.every((s: { scorer_id: string }) => s.scorer_id === member.userId)).toBe(true);
    expect(seenByMember.ranking).toBeNull();
    // The manager sees the ranking and the spread between the two scorers.
    const full = (await api.get(base)).json();
    // Size: Aerospace WA 88000 → 1, Agriculture IA 33000 → 0. Capacity mean: agri 4/5, aero 1.5/5.
    expect(full.ranking.map((r: { candidateId: string }) => r.candidateId)).toEqual([c2.id, c1.id]);
    const agriRank = full.ranking.find((r: { candidateId: string }) => r.candidateId === c1.id);
    expect(agriRank.total).toBeCloseTo((0 + 0.8) / 2, 12);
    expect(agriRank.spread).toBeCloseTo((5 / 5 - 3 / 5) / 2, 12);

    const decision = await api.post(`${base}/decision`, {
      candidateId: c1.id,
      decidingBody: 'Regional steering committee',
      reason: 'Strongest local capacity and partner commitment',
      createInitiative: true,
      initiativeName: 'Iowa Agri-Food Cluster',
    });
    expect(decision.statusCode, decision.body).toBe(201);
    const initiativeId = decision.json().initiativeId;
    const decided = (await api.get(base)).json();
    expect(decided.decisions).toHaveLength(1);
    expect(decided.decisions[0]).toMatchObject({
      deciding_body: 'Regional steering committee',
      decided_by_name: 'Marie Manager (demo)',
    });
    expect(
      (
        await as(ctx.app, staff).put(`${base}/scores`, {
          scores: [{ candidateId: c1.id, criterionId: capacity.id, score: 1 }],
        })
      ).statusCode,
    ).toBe(409);

    const baselines = (await api.get(`/api/v1/workspaces/${initiativeId}/baselines`)).json().baselines;
    expect(baselines[0].data).toMatchObject({ region: '19', year: 2022, metrics: { employment: 33000 } });
    const lifecycle = (await api.get(`/api/v1/workspaces/${initiativeId}/lifecycle`)).json();
    expect([lifecycle.stage, lifecycle.unidoPhase]).toEqual(['initiation', 2]);
    const audit = (await api.get(`/api/v1/workspaces/${ws}/audit`)).json().entries;
    expect(audit.find((e: { action: string }) => e.action === 'selection.decision').newValue.reason).toBe(
      'Strongest local capacity and partner commitment',
    );
  });

  it('knocks out candidates below a threshold and selects several in one decision (GIZ: thresholds; IDB: several funded)', async () => {
    const api = as(ctx.app, manager);
    const ex = (
      await api.post(`/api/v1/workspaces/${ws}/selections`, { name: 'Which clusters this year?' })
    ).json();
    const base = `/api/v1/workspaces/${ws}/selections/${ex.id}`;
    const add = async (name: string, employment: number) =>
      (await api.post(`${base}/candidates`, { name, metrics: { employment } })).json();
    const small = await add('Small cluster', 400);
    const mid = await add('Mid cluster', 2500);
    const big = await add('Big cluster', 9000);
    const size = (
      await api.post(`${base}/criteria`, {
        name: 'Critical mass',
        kind: 'computed',
        metric: 'employment',
        weight: 1,
      })
    ).json();
    // A scored threshold must lie on the scale; nothing is stored when it does not.
    const bad = await api.post(`${base}/criteria`, {
      name: 'Capacity',
      kind: 'scored',
      scaleMax: 5,
      weight: 1,
      threshold: 7,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('body.threshold');
    expect((await api.get(base)).json().criteria).toHaveLength(1);
    // The threshold is set afterwards, by editing the criterion.
    const edited = await api.put(`${base}/criteria/${size.id}`, { threshold: 1000 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().threshold).toBe(1000);
    const ranking = (await api.get(base)).json().ranking;
    expect(ranking.map((r: { candidateId: string }) => r.candidateId)).toEqual([big.id, mid.id, small.id]);
    expect(ranking[2].knockedOut).toEqual([size.id]);
    // The knocked-out candidate is refused, and the whole decision with it.
    const refused = await api.post(`${base}/decision`, {
      candidateIds: [big.id, small.id],
      decidingBody: 'Programme board',
      reason: 'Both',
      createInitiative: false,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('Small cluster');
    expect((await api.get(base)).json().decisions).toEqual([]);
    const twice = await api.post(`${base}/decision`, {
      candidateIds: [big.id, big.id],
      decidingBody: 'Programme board',
      reason: 'x',
      createInitiative: false,
    });
    expect(twice.statusCode).toBe(400);
    // Two selected at once, each opening its initiative.
    const ok = await api.post(`${base}/decision`, {
      candidateIds: [big.id, mid.id],
      decidingBody: 'Programme board',
      reason: 'Both above the critical mass',
      createInitiative: true,
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().initiatives).toHaveLength(2);
    expect(ok.json().initiatives.every((i: { initiativeId: string | null }) => i.initiativeId)).toBe(true);
    const decided = (await api.get(base)).json();
    expect(decided.status).toBe('decided');
    expect(decided.decisions.map((d: { candidate_id: string }) => d.candidate_id).sort()).toEqual(
      [big.id, mid.id].sort(),
    );
    expect((await api.put(`${base}/criteria/${size.id}`, { threshold: 10 })).statusCode).toBe(409);
  });
});
