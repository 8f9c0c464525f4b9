// `npm run neo4j:fetch`: downloads the embedded database's jars ahead of time (used by .ci/run).
import { ensureNeo4jJars, NEO4J_LIB_DIR } from './neo4j-jars.ts';

await ensureNeo4jJars();
console.log(`Neo4j jars ready in ${NEO4J_LIB_DIR}`);
