// Progress of a batched import (src/modules/import), so that a rerun after a crash or a kill
// resumes where the last committed batch ended. Each batch commits together with its progress.

// :name import-progress
OPTIONAL MATCH (run:ImportRun {id: $id})
RETURN coalesce(run.batchesDone, 0) AS batchesDone;

// :name record-progress
MERGE (run:ImportRun {id: $id})
ON CREATE SET run.startedAt = datetime(), run.files = $files
SET run.batchesDone = $batchesDone, run.batches = $batches, run.updatedAt = datetime(),
    run.finishedAt = CASE WHEN $batchesDone = $batches THEN datetime() ELSE null END;

// :name record-imported
// The audit trail of an import: one Change per record written, committed with its batch.
UNWIND $changes AS imported
MATCH (entity:Entity {id: imported.entityId})
CREATE (change:Change {id: randomUUID(), at: datetime(), by: $by, role: 'import', action: 'import',
        reason: $reason, entityId: imported.entityId, record: imported.record, importRun: $runId})
       -[:CHANGED]->(entity);

// :name restore-Change
// A dump's audit trail (src/modules/export/import-dump.ts): Change nodes as they were exported.
UNWIND $rows AS row
MERGE (change:Change {id: row.id})
SET change = row.props;

// :name restore-ImportRun
UNWIND $rows AS row
MERGE (run:ImportRun {id: row.id})
SET run = row.props;

// :name restore-changed
UNWIND $rows AS row
MATCH (change:Change {id: row.from})
MATCH (entity:Entity {id: row.to})
MERGE (change)-[changed:CHANGED]->(entity)
SET changed = row.props
RETURN count(changed) AS written;

// :name dump-stored-ids
// Which of the ids a dump holds or its relationships name the graph holds already: knowledge nodes
// and the audit trail's records, each found through its unique id.
UNWIND $ids AS id
WITH id
WHERE EXISTS { MATCH (:Entity {id: id}) } OR EXISTS { MATCH (:Change {id: id}) }
   OR EXISTS { MATCH (:ImportRun {id: id}) }
RETURN collect(id) AS ids;
