class MyEG(ExceptionGroup):
    def __new__(cls, msg, excs, code):
        self = super().__new__(cls, msg, excs)
        self.code = code
        return self
    def derive(self, excs):
        return MyEG(self.message, excs, self.code)
try:
    raise MyEG("mine", [ValueError(1), TypeError(2)], 42)
except* ValueError as e:
    print(type(e).__name__, e.code, e.args)
