// Domain core: the text of zod issues that carry no message of our own. zod/mini loads no locale, so such an issue
// would read only "Invalid input"; the English locale (about 3 KB minified) keeps the texts zod classic gave
// ("Too small: expected string to have >=1 characters"). Every module that parses imports this file for its effect,
// so the locale is set before the first parse.
import { en } from 'zod/locales';
import * as z from 'zod/mini';

z.config(en());
