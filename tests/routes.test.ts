import { describe, expect, test } from 'vitest';
import { logInterviewRoute, parseRoute, routeHash, type Route } from '../utils/routes';

describe('hash routes', () => {
  test('every view has an address that reads back to the same place', () => {
    const routes: Route[] = [
      { view: 'today' }, { view: 'pipeline', mode: 'board' }, { view: 'pipeline', mode: 'table' },
      { view: 'application', id: 'a1', prompt: null }, { view: 'contacts' }, { view: 'insights' },
      { view: 'settings' }, { view: 'welcome' },
    ];
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
  });

  test('a prompt key survives the address, colons and all, and opens that draft', () => {
    const route: Route = { view: 'application', id: 'a 1/x', prompt: 'thank-you:a1:e1:c1' };
    const hash = routeHash(route);
    expect(hash).toBe('#/application/a%201%2Fx?prompt=thank-you%3Aa1%3Ae1%3Ac1');
    expect(parseRoute(hash)).toEqual(route);
    expect(parseRoute('#/application/a1?prompt=thank-you:a1:e1:c1')).toEqual({ view: 'application', id: 'a1', prompt: 'thank-you:a1:e1:c1' });
  });

  test("the popup's 'Log an interview' address opens that application with the interview form", () => {
    expect(parseRoute(routeHash(logInterviewRoute('a 1/x')))).toEqual({ view: 'application', id: 'a 1/x', prompt: null, log: 'interview' });
    expect(routeHash({ view: 'application', id: 'a1', prompt: 'p:1', log: 'interview' })).toBe('#/application/a1?prompt=p%3A1&log=interview');
    expect(parseRoute('#/application/a1?log=delete')).toEqual({ view: 'application', id: 'a1', prompt: null });
  });

  test('an empty or unknown address lands on Today', () => {
    expect(parseRoute('')).toEqual({ view: 'today' });
    expect(parseRoute('#/nowhere')).toEqual({ view: 'today' });
    expect(parseRoute('#/application/')).toEqual({ view: 'today' });
    expect(parseRoute('#/application/%E0%A4%A')).toEqual({ view: 'application', id: '%E0%A4%A', prompt: null });
  });
});
