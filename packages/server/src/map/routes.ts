import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace, type WorkspaceRole } from '../http/policy.js';
import { badRequest, notFound } from '../http/errors.js';
import { sendTable } from '../http/export.js';
import { withUploads } from '../http/uploads.js';
import { recordAudit } from '../audit/service.js';
import { RECORD_COLUMNS } from './engine.js';
import {
  clusterProfile,
  compareRegions,
  describeDataset,
  getDataset,
  growth,
  importDataset,
  regionProfile,
} from './service.js';
import { checkRegionFeatures } from './geojson.js';
import { YEAR_RANGE } from './observations.js';
import { msg } from '../i18n/index.js';
import { Ok } from '../http/schemas.js';
import {
  ClusterProfile,
  Dataset,
  DatasetImported,
  DatasetList,
  Geography,
  GeographyCreated,
  GeographyList,
  Growth,
  RecordPage,
  RegionComparison,
  RegionProfile,
} from './map.schemas.js';

const tags = ['map'];
/** Who may upload and delete mapping data: the people who run the analysis. */
export const MAP_EDITORS: readonly WorkspaceRole[] = ['owner', 'manager', 'staff', 'officer'];
const DatasetParams = Type.Object({ workspaceId: Type.String(), datasetId: Type.String({ format: 'uuid' }) });
const YearQuery = Type.Object(
  { year: Type.Optional(Type.Integer(YEAR_RANGE)) },
  { additionalProperties: false },
);

export async function mapRoutes(app: App) {
  app.post(
    '/workspaces/:workspaceId/map/datasets',
    {
      config: { policy: { access: 'workspace', roles: MAP_EDITORS } },
      schema: {
        tags,
        summary:
          'Upload regional statistics (multipart: name, definitions = us-benchmark | file, file, definitionsFile). All-or-nothing: the first bad row is named and nothing is stored.',
        consumes: ['multipart/form-data'],
        params: Type.Object({ workspaceId: Type.String() }),
        response: { 201: DatasetImported },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const result = await withUploads(request, ['file', 'definitionsFile'], async (files, fields) => {
        const name = (fields.name ?? '').trim() || files.file?.label;
        if (!files.file)
          throw badRequest('validation_failed', 'The "file" part with the statistics is missing', [
            { field: 'file', message: 'is required' },
          ]);
        const definitions = fields.definitions ?? 'us-benchmark';
        if (definitions !== 'us-benchmark' && definitions !== 'file')
          throw badRequest('validation_failed', 'definitions must be "us-benchmark" or "file"', [
            { field: 'definitions', message: 'is invalid' },
          ]);
        if (definitions === 'file' && !files.definitionsFile)
          throw badRequest('validation_failed', 'Upload the definitions file as "definitionsFile"', [
            { field: 'definitionsFile', message: 'is required' },
          ]);
        return importDataset(app.db, ws.id, requireAuth(request).user.id, {
          name: name!,
          data: files.file,
          definitions: definitions === 'us-benchmark' ? 'us-benchmark' : files.definitionsFile!,
        });
      });
      reply.status(201);
      return result;
    },
  );

  app.get(
    '/workspaces/:workspaceId/map/datasets',
    {
      config: { policy: { access: 'workspace', roles: 'any' } },
      schema: {
        tags,
        summary: 'Mapping datasets of the workspace',
        params: Type.Object({ workspaceId: Type.String() }),
        response: { 200: DatasetList },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const datasets = await app.db
        .selectFrom('map_datasets')
        .leftJoin('users', 'users.id', 'map_datasets.created_by')
        .select([
          'map_datasets.id',
          'map_datasets.name',
          'map_datasets.file_name',
          'map_datasets.definitions',
          'map_datasets.input_rows',
          'map_datasets.years',
          'map_datasets.created_at',
          'users.name as created_by_name',
        ])
        .where('map_datasets.workspace_id', '=', ws.id)
        .where('map_datasets.writing_since', 'is', null)
        .orderBy('map_datasets.created_at', 'desc')
        .execute();
      return { datasets: datasets.map((d) => ({ ...d, created_at: new Date(d.created_at).toISOString() })) };
    },
  );

  app.get(
    '/workspaces/:workspaceId/map/datasets/:datasetId',
    {
      config: { policy: { access: 'workspace', roles: 'any' } },
      schema: {
        tags,
        summary: 'A dataset: years, regions, clusters, uncovered industries and the limits of mapping',
        params: DatasetParams,
        response: { 200: Dataset },
      },
    },
    async (request) => describeDataset(app.db, requireWorkspace(request).id, request.params.datasetId),
  );

  app.delete(
    '/workspaces/:workspaceId/map/datasets/:datasetId',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'manager', 'officer'] } },
      schema: {
        tags,
        summary: 'Delete a dataset and its results',
        params: DatasetParams,
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const dataset = await getDataset(app.db, ws.id, request.params.datasetId);
      await app.db.transaction().execute(async (trx) => {
        await trx.deleteFrom('map_datasets').where('id', '=', dataset.id).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'map.dataset.delete',
          entity: 'map_dataset',
          entityId: dataset.id,
          oldValue: { name: dataset.name, file: dataset.file_name },
        });
      });
      return { ok: true as const };
    },
  );

  app.get(
    '/workspaces/:workspaceId/map/datasets/:datasetId/records',
    {
      config: { policy: { access: 'workspace', roles: 'any' } },
      schema: {
        tags,
        summary: 'Mapping records, filtered and paginated; ?format=csv|xlsx exports every matching record',
        params: DatasetParams,
        querystring: Type.Object(
          {
            year: Type.Optional(Type.Integer()),
            region: Type.Optional(Type.String()),
            cluster: Type.Optional(Type.String()),
            strong: Type.Optional(Type.Boolean()),
            sort: Type.Optional(
              Type.Union([
                Type.Literal('lq'),
                Type.Literal('employment'),
                Type.Literal('region'),
                Type.Literal('cluster'),
              ]),
            ),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
            offset: Type.Optional(Type.Integer({ minimum: 0 })),
            format: Type.Optional(
              Type.Union([Type.Literal('json'), Type.Literal('csv'), Type.Literal('xlsx')]),
            ),
          },
          { additionalProperties: false },
        ),
        // The JSON page; ?format=csv|xlsx answers a file instead.
        response: { 200: RecordPage },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const dataset = await getDataset(app.db, ws.id, request.params.datasetId);
      const {
        year,
        region,
        cluster,
        strong,
        sort = 'lq',
        limit = 50,
        offset = 0,
        format = 'json',
      } = request.query;
      let q = app.db.selectFrom('map_records').where('dataset_id', '=', dataset.id);
      if (year !== undefined) q = q.where('year', '=', year);
      if (region) q = q.where('region', '=', region);
      if (cluster) q = q.where('cluster_code', '=', cluster);
      if (strong !== undefined) q = q.where('strong', '=', strong);
      const ordered =
        sort === 'lq'
          ? q.orderBy('lq', (ob) => ob.desc().nullsLast())
          : sort === 'employment'
            ? q.orderBy('employment', 'desc')
            : sort === 'region'
              ? q.orderBy('region').orderBy('cluster_code')
              : q.orderBy('cluster_code').orderBy('region');
      const columns = RECORD_COLUMNS as unknown as (keyof import('../db/schema-map.js').MapRecordsTable)[];
      if (format !== 'json') {
        const rows = await ordered.orderBy('year').select(columns).execute();
        return sendTable(
          reply,
          format,
          `${dataset.name}-records`,
          [...RECORD_COLUMNS],
          rows.map((r) =>
            RECORD_COLUMNS.map((c) => (r as Record<string, string | number | boolean | null>)[c] ?? null),
          ),
        );
      }
      const total = await q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
      const records = await ordered
        .orderBy('year')
        .orderBy('region')
        .orderBy('cluster_code')
        .select(columns)
        .limit(limit)
        .offset(offset)
        .execute();
      return { total: Number(total.n), limit, offset, records };
    },
  );

  app.get(
    '/workspaces/:workspaceId/map/datasets/:datasetId/regions/:region',
    {
      config: { policy: { access: 'workspace', roles: 'any' } },
      schema: {
        tags,
        summary:
          'Region profile: top clusters by LQ and by employment, strong flags, related clusters present',
        params: Type.Object({
          workspaceId: Type.String(),
          datasetId: Type.String({ format: 'uuid' }),
          region: Type.String(),
        }),
        querystring: YearQuery,
        response: { 200: RegionProfile },
      },
    },
    async (request) =>
      regionProfile(
        app.db,
        requireWorkspace(request).id,
        request.params.datasetId,
        request.params.region,
        request.query.year,
      ),
  );

  app.get(
    '/workspaces/:workspaceId/map/datasets/:datasetId/clusters/:clusterCode',
    {
      config: { policy: { access: 'workspace', roles: 'any' } },
      schema: {
        tags,
        summary: 'Cluster profile: top regions by LQ and by employment',
        params: Type.Object({
          workspaceId: Type.String(),
          datasetId: Type.String({ format: 'uuid' }),
          clusterCode: Type.String(),
        }),
        querystring: YearQuery,
        response: { 200: ClusterProfile },
      },
    },
    async (request) =>
      clusterProfile(
        app.db,
        requireWorkspace(request).id,
        request.params.datasetId,
        request.params.clusterCode,
        request.query.year,
      ),
  );

  app.get(
    '/workspaces/:workspaceId/map/datasets/:datasetId/compare',
    {
      config: { policy: { access: 'workspace', roles: 'any' } },
      schema: {
        tags,
        summary: 'Regions side by side (comma-separated ?regions=, 2 to 6)',
        params: DatasetParams,
        querystring: Type.Object(
          { regions: Type.String({ minLength: 1 }), year: Type.Optional(Type.Integer()) },
          { additionalProperties: false },
        ),
        response: { 200: RegionComparison },
      },
    },
    async (request) => {
      const regions = [
        ...new Set(
          request.query.regions
            .split(',')
            .map((r) => r.trim())
            .filter(Boolean),
        ),
      ];
      if (regions.length < 2 || regions.length > 6)
        throw badRequest('validation_failed', 'Compare 2 to 6 regions', [
          { field: 'querystring.regions', message: 'must list 2 to 6 regions' },
        ]);
      return compareRegions(
        app.db,
        requireWorkspace(request).id,
        request.params.datasetId,
        regions,
        request.query.year,
      );
    },
  );

  app.get(
    '/workspaces/:workspaceId/map/datasets/:datasetId/growth',
    {
      config: { policy: { access: 'workspace', roles: 'any' } },
      schema: {
        tags,
        summary:
          'Employment over time for a region, a cluster or both, with change and compound annual growth between two years',
        params: DatasetParams,
        querystring: Type.Object(
          {
            region: Type.Optional(Type.String()),
            cluster: Type.Optional(Type.String()),
            from: Type.Optional(Type.Integer()),
            to: Type.Optional(Type.Integer()),
          },
          { additionalProperties: false },
        ),
        response: { 200: Growth },
      },
    },
    async (request) => {
      const dataset = await getDataset(app.db, requireWorkspace(request).id, request.params.datasetId);
      for (const key of ['from', 'to'] as const) {
        const y = request.query[key];
        if (y !== undefined && !dataset.years.includes(y))
          throw badRequest(
            'validation_failed',
            msg`${key} ${y} is not a year of this dataset (${dataset.years.join(', ')})`,
            [{ field: `querystring.${key}`, message: 'is not in the dataset' }],
          );
      }
      return growth(app.db, dataset.workspace_id, dataset.id, request.query);
    },
  );

  app.post(
    '/workspaces/:workspaceId/map/geographies',
    {
      bodyLimit: 30 * 1024 * 1024,
      config: { policy: { access: 'workspace', roles: MAP_EDITORS } },
      schema: {
        tags,
        summary: 'Upload a GeoJSON FeatureCollection whose features carry the region code in regionProperty',
        params: Type.Object({ workspaceId: Type.String() }),
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 200 }),
            regionProperty: Type.String({ minLength: 1, maxLength: 100 }),
            geojson: Type.Object({
              type: Type.Literal('FeatureCollection'),
              features: Type.Array(Type.Any(), { minItems: 1 }),
            }),
          },
          { additionalProperties: false },
        ),
        response: { 201: GeographyCreated },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const { name, regionProperty, geojson } = request.body;
      checkRegionFeatures(geojson.features, regionProperty);
      const row = await app.db.transaction().execute(async (trx) => {
        const created = await trx
          .insertInto('map_geographies')
          .values({
            workspace_id: ws.id,
            name,
            region_property: regionProperty,
            feature_count: geojson.features.length,
            geojson: JSON.stringify(geojson),
            created_by: requireAuth(request).user.id,
          })
          .returning(['id', 'name', 'region_property', 'feature_count'])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'map.geography.upload',
          entity: 'map_geography',
          entityId: created.id,
          newValue: { name, regionProperty, features: geojson.features.length },
        });
        return created;
      });
      reply.status(201);
      return row;
    },
  );

  app.get(
    '/workspaces/:workspaceId/map/geographies',
    {
      config: { policy: { access: 'workspace', roles: 'any' } },
      schema: {
        tags,
        summary: 'Uploaded geographies',
        params: Type.Object({ workspaceId: Type.String() }),
        response: { 200: GeographyList },
      },
    },
    async (request) => ({
      geographies: (
        await app.db
          .selectFrom('map_geographies')
          .select(['id', 'name', 'region_property', 'feature_count', 'created_at'])
          .where('workspace_id', '=', requireWorkspace(request).id)
          .orderBy('created_at', 'desc')
          .execute()
      ).map((g) => ({ ...g, created_at: new Date(g.created_at).toISOString() })),
    }),
  );

  app.get(
    '/workspaces/:workspaceId/map/geographies/:geographyId',
    {
      config: { policy: { access: 'workspace', roles: 'any' } },
      schema: {
        tags,
        summary: 'An uploaded geography with its GeoJSON',
        params: Type.Object({ workspaceId: Type.String(), geographyId: Type.String({ format: 'uuid' }) }),
        response: { 200: Geography },
      },
    },
    async (request) => {
      const row = await app.db
        .selectFrom('map_geographies')
        .selectAll()
        .where('id', '=', request.params.geographyId)
        .where('workspace_id', '=', requireWorkspace(request).id)
        .executeTakeFirst();
      if (!row) throw notFound('Geography');
      return {
        ...row,
        // Checked when it was uploaded (the route's body schema and checkRegionFeatures).
        geojson: row.geojson as { type: 'FeatureCollection'; features: unknown[] },
        created_at: new Date(row.created_at).toISOString(),
      };
    },
  );
}
