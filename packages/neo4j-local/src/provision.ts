import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NEO4J_VERSION, getJarCacheDir } from './config.js';
import { Neo4jLocalError } from './errors.js';
import { runCommand } from '@newsgraph/process-tools';

const READY_MARKER = '.complete';

/** The Maven project whose dependencies are the Neo4j Community server and its runtime classpath. */
function createPom(): string {
  return `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>newsgraph</groupId><artifactId>neo4j-local</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>${NEO4J_VERSION}</version></dependency>
    <dependency><groupId>org.neo4j.app</groupId><artifactId>neo4j-server</artifactId><version>${NEO4J_VERSION}</version></dependency>
  </dependencies>
</project>
`;
}

/** Fails with a clear message unless Java 17+ is on the PATH. */
export async function assertJavaAvailable(): Promise<void> {
  const result = await runCommand('java', ['-version']);
  if (result.code === null) {
    throw new Neo4jLocalError(
      'JAVA_MISSING',
      'Java was not found on the PATH. Install a JDK 17+ (Debian: apt-get install -y openjdk-17-jre-headless), or point NEO4J_URI at an existing Neo4j 5.',
    );
  }
  const match = /version "(\d+)/.exec(result.stderr + result.stdout);
  const major = match ? Number(match[1]) : 0;
  if (major < 17) {
    throw new Neo4jLocalError(
      'JAVA_TOO_OLD',
      `Neo4j ${NEO4J_VERSION} needs Java 17 or newer; found: ${(result.stderr.split('\n')[0] ?? '').trim()}.`,
    );
  }
}

/** Whether the jars of this Neo4j version are already cached. */
export function isProvisioned(cacheDir = getJarCacheDir()): boolean {
  return existsSync(join(cacheDir, READY_MARKER));
}

/**
 * Downloads Neo4j Community and its dependencies from Maven Central with the machine's `mvn`
 * into the jar cache (once; later calls return at once). Returns the folder holding the jars.
 */
export async function provisionNeo4j(
  options: { cacheDir?: string; log?: (line: string) => void } = {},
): Promise<string> {
  const cacheDir = options.cacheDir ?? getJarCacheDir();
  const libDir = join(cacheDir, 'lib');
  if (isProvisioned(cacheDir)) return libDir;
  await assertJavaAvailable();
  const probe = await runCommand('mvn', ['-v']);
  if (probe.code === null) {
    throw new Neo4jLocalError(
      'MAVEN_MISSING',
      'Maven (mvn) was not found on the PATH; it downloads Neo4j from Maven Central. Install it (Debian: apt-get install -y maven), or point NEO4J_URI at an existing Neo4j 5.',
    );
  }
  options.log?.(`Downloading Neo4j Community ${NEO4J_VERSION} from Maven Central into ${cacheDir} ...`);
  const workDir = `${cacheDir}.partial-${process.pid}`;
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  writeFileSync(join(workDir, 'pom.xml'), createPom());
  const result = await runCommand(
    'mvn',
    ['-q', '-B', 'dependency:copy-dependencies', '-DincludeScope=runtime', '-DoutputDirectory=lib'],
    { cwd: workDir },
  );
  const jars = existsSync(join(workDir, 'lib'))
    ? readdirSync(join(workDir, 'lib')).filter((name) => name.endsWith('.jar'))
    : [];
  if (result.code !== 0 || !jars.some((name) => name.startsWith(`neo4j-${NEO4J_VERSION}`))) {
    rmSync(workDir, { recursive: true, force: true });
    const tail = (result.stdout + result.stderr).trim().split('\n').slice(-15).join('\n');
    throw new Neo4jLocalError(
      'PROVISION_FAILED',
      `Maven could not download Neo4j ${NEO4J_VERSION} (exit ${result.code}). Check access to Maven Central.\n${tail}`,
    );
  }
  writeFileSync(join(workDir, READY_MARKER), new Date().toISOString());
  rmSync(cacheDir, { recursive: true, force: true });
  renameSync(workDir, cacheDir);
  options.log?.(`Neo4j ${NEO4J_VERSION}: ${jars.length} jars cached.`);
  return libDir;
}
