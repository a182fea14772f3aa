import statistics as st
from fractions import Fraction
from decimal import Decimal
data = [2.5, 3.25, 5.5, 11.25, 11.75, 1.0, 7.0]
ints = [1, 3, 4, 4, 6, 7, 10, 12, 15]
print(st.mean(data), st.mean(ints), st.mean([Fraction(1, 3), Fraction(2, 3), 1]), st.mean([Decimal('1.5'), Decimal('2.25')]))
print(st.fmean(data), st.fmean(ints), st.fmean([1, 2, 3], weights=[3, 1, 1]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.median(data), st.median(ints), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]), st.mode([1, 1, 2, 3, 3, 3]), st.multimode('aabbbbccddddeeffffgg'))
print(st.stdev(data), st.stdev(ints), st.pstdev(data), st.variance(data), st.pvariance(ints), st.variance([Fraction(1, 4), Fraction(5, 4), 2]), st.stdev([Decimal('1.5'), Decimal('2.5'), Decimal('4')]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.correlation(x, y), st.correlation(x, x), st.correlation(x, [9 - v for v in x], method='ranked'), st.covariance(x, y), st.linear_regression(x, [2 * v + 1 for v in x]), st.linear_regression(x, y, proportional=True))
print(st.quantiles(ints, n=4), st.quantiles(data, n=10, method='inclusive'))
nd = st.NormalDist(100, 15)
print(nd, nd.pdf(110), nd.cdf(110), nd.inv_cdf(0.9), nd.overlap(st.NormalDist(110, 10)), nd.zscore(130), st.NormalDist.from_samples(data), nd.quantiles(), nd * 2, nd + 5)
print(st.kde([1, 2, 5], h=1.5)(2.5) if hasattr(st, 'kde') else '')
for bad in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.variance([]), lambda: st.correlation([1, 1], [2, 3]), lambda: st.harmonic_mean([-1]), lambda: st.geometric_mean([0, 1]), lambda: st.mode([])]:
    try:
        print(bad())
    except st.StatisticsError as e:
        print('StatisticsError', e)
import math, numbers, fractions
print(issubclass(int, numbers.Rational), issubclass(float, numbers.Rational), 0 + fractions.Fraction(1, 2), math.sumprod([1, 2.5], [3, 2]), math.sumprod([2**70], [3]))
