// Prints the write-permission matrix as the Markdown table in the README (`npx tsx scripts/schrijfrechten-tabel.ts`);
// test/handlers/schrijfrechten.test.ts keeps the README equal to it and checks the enforcement against it.
import { routes } from '../functions/handlers/http/routes';
import { schrijfrechtenTabel } from '../functions/handlers/http/schrijfrechten';

if (import.meta.url === `file://${process.argv[1]}`) console.log(schrijfrechtenTabel(routes));
