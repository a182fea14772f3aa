from collections import defaultdict
from decimal import Decimal
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} has {account.balance}, needs {amount}")
        self.account, self.amount = account, amount
class FrozenAccount(Exception): pass
class Account:
    _next = 1000
    def __init__(self, owner, balance=Decimal("0")):
        self.owner, self.balance = owner, Decimal(balance)
        self.number = Account._next; Account._next += 1
        self.history, self.frozen = [], False
    def __repr__(self): return f"<{type(self).__name__} #{self.number} {self.owner}: {self.balance}>"
    def _check(self):
        if self.frozen: raise FrozenAccount(f"#{self.number} is frozen")
    def deposit(self, amt):
        self._check()
        if amt <= 0: raise ValueError("deposit must be positive")
        self.balance += amt; self.history.append(("dep", amt))
    def withdraw(self, amt):
        self._check()
        if amt > self.balance: raise InsufficientFunds(self, amt)
        self.balance -= amt; self.history.append(("wd", amt))
class Savings(Account):
    rate = Decimal("0.02")
    def add_interest(self):
        i = (self.balance * self.rate).quantize(Decimal("0.01"))
        self.deposit(i); return i
class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance); self.overdraft = Decimal(overdraft)
    def withdraw(self, amt):
        self._check()
        if amt > self.balance + self.overdraft: raise InsufficientFunds(self, amt)
        self.balance -= amt; self.history.append(("wd", amt))
class Bank:
    def __init__(self): self.accounts = {}; self.log = []
    def open(self, cls, *a, **k):
        acc = cls(*a, **k); self.accounts[acc.number] = acc; return acc
    def transfer(self, src, dst, amt):
        try:
            self.accounts[src].withdraw(amt)
        except KeyError:
            raise LookupError(f"no account {src}") from None
        try:
            self.accounts[dst].deposit(amt)
        except Exception:
            self.accounts[src].deposit(amt)
            raise
        self.log.append((src, dst, amt))
    def report(self):
        by_owner = defaultdict(Decimal)
        for a in self.accounts.values(): by_owner[a.owner] += a.balance
        return dict(sorted(by_owner.items()))
    def __iter__(self): return iter(sorted(self.accounts.values(), key=lambda a: (-a.balance, a.number)))
    def __len__(self): return len(self.accounts)
    def __contains__(self, n): return n in self.accounts
bank = Bank()
a = bank.open(Savings, "ann", "500.00")
b = bank.open(Checking, "bob", 50)
c = bank.open(Account, "ann", "10")
bank.transfer(a.number, b.number, Decimal("125.50"))
print(a, b, c, sep="\n")
print("interest", a.add_interest(), a.balance)
for src, dst, amt in [(b.number, c.number, Decimal("300")), (c.number, 9999, 5), (9999, a.number, 1), (b.number, a.number, Decimal("200"))]:
    try:
        bank.transfer(src, dst, amt)
        print("ok", src, "->", dst, amt)
    except InsufficientFunds as e:
        print("insufficient:", e, e.amount)
    except LookupError as e:
        print("lookup:", e)
c.frozen = True
try:
    bank.transfer(a.number, c.number, 1)
except FrozenAccount as e:
    print("frozen:", e, a.balance)
print(bank.report(), len(bank), a.number in bank, 5 in bank)
for acc in bank: print(acc.number, acc.balance, acc.history)
print(sum(acc.balance for acc in bank), max(bank, key=lambda x: x.balance).owner)
print(bank.log)
bank.accounts[b.number].withdraw(Decimal("1000"))
