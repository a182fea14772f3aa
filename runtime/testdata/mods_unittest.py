# a unittest run as unittest.main() reports it, with the time normalised
# and the quoted source lines dropped (the goldens' /peglab paths do not
# exist when go test runs them)
import io, re, sys, unittest

class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1 + 1, 2)
    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])
    def test_error(self):
        {}['k']
    @unittest.skip('why')
    def test_skip(self):
        pass
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

buf = io.StringIO()
prog = unittest.main(argv=['prog'], testRunner=unittest.TextTestRunner(stream=buf), exit=False)
out = re.sub(r'in \d+\.\d+s', 'in X.XXXs', buf.getvalue())
print('\n'.join(l for l in out.splitlines() if not l.startswith('    ')))
print(prog.result.wasSuccessful(), len(prog.result.failures), len(prog.result.errors))
