import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../api';
import type { GeographyCreated } from './types';

/** Upload the boundaries of non-US regions as GeoJSON; a feature property carries the region code. */
export function GeographyUpload({
  workspaceId,
  onUploaded,
}: {
  workspaceId: string;
  onUploaded(id: string): void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [property, setProperty] = useState('code');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="panel form-row"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!file) return;
        setBusy(true);
        setError(null);
        try {
          let geojson: unknown;
          try {
            geojson = JSON.parse(await file.text());
          } catch {
            throw new Error(t('map.notGeoJson', { file: file.name }));
          }
          const created = await post<GeographyCreated>(`/workspaces/${workspaceId}/map/geographies`, {
            name: name || file.name,
            regionProperty: property,
            geojson,
          });
          onUploaded(created.id);
        } catch (err) {
          setError((err as Error).message);
        } finally {
          setBusy(false);
        }
      }}
    >
      <label>
        {t('map.geojsonFile')}
        <input
          type="file"
          accept=".geojson,.json,application/geo+json"
          required
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </label>
      <label>
        {t('common.name')}
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        {t('map.regionProperty')}
        <input value={property} onChange={(e) => setProperty(e.target.value)} required />
      </label>
      <button type="submit" disabled={busy}>
        {t('map.uploadGeography')}
      </button>
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
    </form>
  );
}
