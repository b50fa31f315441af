// The exports module's public interface: only the composition root imports it.
export { ExportsModule } from './exports.module';
