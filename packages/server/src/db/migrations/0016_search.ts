import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Fast text search for the member list and the competence atlas (bench/members: 50,000 members):
 * trigram indexes (pg_trgm, shipped with PostgreSQL and loaded into PGlite) serve "contains"
 * searches, and each atlas entry keeps its organisation's name, whether it shows in the atlas, and
 * a search text with the organisation's name and sector, kept current by triggers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX actors_member_list ON actors (workspace_id, membership_stage, actor_type, name) WHERE membership_stage IS NOT NULL;
    CREATE INDEX actors_search ON actors USING gin ((name || ' ' || sector || ' ' || location) gin_trgm_ops);
    ALTER TABLE competences ADD COLUMN search_text text NOT NULL DEFAULT '';
    ALTER TABLE competences ADD COLUMN organisation text NOT NULL DEFAULT '';
    ALTER TABLE competences ADD COLUMN in_atlas boolean NOT NULL DEFAULT false;
    CREATE FUNCTION competences_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE a record;
    BEGIN
      SELECT name, sector, membership_stage INTO a FROM actors WHERE id = NEW.actor_id;
      NEW.organisation := coalesce(a.name, '');
      -- the atlas shows organisations in a trial partnership and full members (issue 6)
      NEW.in_atlas := coalesce(a.membership_stage IN ('trial', 'member'), false);
      NEW.search_text := NEW.title || ' ' || NEW.description || ' ' || NEW.keywords || ' ' ||
        coalesce(a.name, '') || ' ' || coalesce(a.sector, '');
      RETURN NEW;
    END $$;
    CREATE TRIGGER competences_search_text BEFORE INSERT OR UPDATE ON competences
      FOR EACH ROW EXECUTE FUNCTION competences_search_text();
    CREATE FUNCTION actors_refresh_competence_search() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.name IS DISTINCT FROM OLD.name OR NEW.sector IS DISTINCT FROM OLD.sector
         OR NEW.membership_stage IS DISTINCT FROM OLD.membership_stage THEN
        UPDATE competences SET search_text = '' WHERE actor_id = NEW.id;
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER actors_refresh_competence_search AFTER UPDATE ON actors
      FOR EACH ROW EXECUTE FUNCTION actors_refresh_competence_search();
    UPDATE competences SET search_text = '';
    CREATE INDEX competences_search ON competences USING gin (search_text gin_trgm_ops) WHERE in_atlas;
    CREATE INDEX competences_atlas_order ON competences (workspace_id, organisation, title) WHERE in_atlas;
    CREATE INDEX competences_actor ON competences (actor_id)
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `DROP TRIGGER actors_refresh_competence_search ON actors;
     DROP FUNCTION actors_refresh_competence_search();
     DROP TRIGGER competences_search_text ON competences;
     DROP FUNCTION competences_search_text();
     DROP INDEX competences_search, competences_atlas_order, competences_actor, actors_search, actors_member_list;
     ALTER TABLE competences DROP COLUMN search_text, DROP COLUMN organisation, DROP COLUMN in_atlas`,
  );
}
