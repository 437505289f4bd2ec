import { expect, test } from 'vitest';
import { parseRoute, routeHash } from '../../utils/routes';

test("the log-from-an-email view has its own address, remembering the application it was opened from", () => {
  expect(parseRoute('#/log-email')).toEqual({ view: 'log-email', application: null });
  expect(parseRoute('#/log-email?application=a%2F1')).toEqual({ view: 'log-email', application: 'a/1' });
  expect(routeHash({ view: 'log-email', application: null })).toBe('#/log-email');
  expect(parseRoute(routeHash({ view: 'log-email', application: 'app 7&x' }))).toEqual({ view: 'log-email', application: 'app 7&x' });
});
