namespace Nop.Core.Domain.Tax;

public enum TaxDisplayType
{
    ExcludingTax = 10,
    IncludingTax = 0,
}

public enum VatNumberStatus
{
    Empty = 10,
    Invalid = 30,
    Unknown = 0,
    Valid = 20,
}
