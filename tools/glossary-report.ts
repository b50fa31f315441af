// Prints the glossary's coverage per language and its agreement with the official SDG texts
// (npm run glossary:report; add -- --verbose for the concepts each language misses).
import { formatGlossaryReport, glossaryReport } from '../libs/language/src/glossary/report';

console.log(formatGlossaryReport(glossaryReport(), process.argv.includes('--verbose')));
