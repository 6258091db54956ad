// A throwaway git repository with real commits, for baseline and changed-files tests.
import { execFileSync } from 'node:child_process';
import { tmpProject, type TmpProject } from './tmp-project.js';

export interface GitRepo extends TmpProject {
  git(...args: string[]): string;
  commit(message: string): string;
}

export function gitRepo(files: Record<string, string> = {}): GitRepo {
  const project = tmpProject(files);
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.com' };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: project.dir, env, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('config', 'commit.gpgsign', 'false');
  return {
    ...project,
    git,
    commit(message) {
      git('add', '-A');
      git('commit', '-q', '-m', message);
      return git('rev-parse', 'HEAD').trim();
    },
  };
}
