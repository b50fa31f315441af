// The iati module's public interface: other modules import only what is exported here.
export { IatiExport } from './iati-export';
export { iatiFile } from './iati.controller';
export { IatiModule } from './iati.module';
