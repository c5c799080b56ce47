import { WorkspaceMenu } from '../backup';
import { ExportButton, ImportButton, RecheckButton } from '../import-export';
import { ProjectSwitcher } from './ProjectSwitcher';

/** App header: product name, open project, Import, Export, Re-check project and the Workspace menu. */
export function Header() {
  return (
    <header className="app-header">
      <h1 className="brand">
        duizhao <span lang="zh-Hans">对照</span>
      </h1>
      <ProjectSwitcher />
      <div className="header-actions">
        <ImportButton />
        <ExportButton />
        <RecheckButton />
        <WorkspaceMenu />
      </div>
    </header>
  );
}
