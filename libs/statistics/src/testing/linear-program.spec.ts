import { Polytope } from './linear-program';

describe('Polytope', () => {
  it('finds the least and greatest value of a variable on a line segment', () => {
    // x + y = 4, x − z = 1, all ≥ 0: x runs from 1 to 4.
    const polytope = new Polytope(3, [
      { coefficients: [1, 1, 0], rightHandSide: 4 },
      { coefficients: [1, 0, -1], rightHandSide: 1 },
    ]);
    expect(polytope.minimum([1, 0, 0])).toBeCloseTo(1, 9);
    expect(polytope.maximum([1, 0, 0])).toBeCloseTo(4, 9);
    expect(polytope.maximum([0, 1, 1])).toBeCloseTo(3, 9);
  });

  it('reports an unbounded objective as Infinity', () => {
    const polytope = new Polytope(2, [{ coefficients: [1, -1], rightHandSide: 0 }]);
    expect(polytope.maximum([1, 0])).toBe(Infinity);
    expect(polytope.minimum([1, 0])).toBeCloseTo(0, 9);
  });

  it('knows an empty polytope and survives redundant equations', () => {
    expect(new Polytope(1, [{ coefficients: [1], rightHandSide: -2 }]).feasible).toBe(false);
    const redundant = new Polytope(2, [
      { coefficients: [1, 1], rightHandSide: 3 },
      { coefficients: [2, 2], rightHandSide: 6 },
    ]);
    expect(redundant.maximum([0, 1])).toBeCloseTo(3, 9);
  });
});
