using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Stores;
using Nop.Core.Domain.Vendors;

namespace Nop.Core;

public abstract partial class BaseEntity
{
    public int Id { get; set; }
}

public partial interface IPagedList<T> : IList<T>
{
    bool HasNextPage { get; }
    int PageIndex { get; }
    int PageSize { get; }
    int TotalCount { get; }
    int TotalPages { get; }
}

public partial interface IStoreContext
{
    Task<int> GetActiveStoreScopeConfigurationAsync();
    Task<Store> GetCurrentStoreAsync();
}

public partial interface IWebHelper
{
    string GetStoreLocation(bool? useSsl = null);
}

public partial interface IWorkContext
{
    Task<Customer> GetCurrentCustomerAsync();
    Task<Vendor> GetCurrentVendorAsync();
    Task<Currency> GetWorkingCurrencyAsync();
    Task<Language> GetWorkingLanguageAsync();
    Customer OriginalCustomerIfImpersonated { get; }
}

public partial class NopException : Exception
{
    public NopException(string message) : base(message) { }
}

public static class NopVersion
{
    public const string CURRENT_VERSION = "4.90";
    public const string FULL_VERSION = CURRENT_VERSION + "." + MINOR_VERSION;
    public const string MINOR_VERSION = "3";
}

public partial class PagedList<T> : List<T>, IPagedList<T>
{
    public PagedList(IList<T> source, int pageIndex, int pageSize, int? totalCount = null) { PageSize = Math.Max(pageSize, 1); PageIndex = pageIndex; TotalCount = totalCount ?? source.Count; TotalPages = (TotalCount + PageSize - 1) / PageSize; AddRange(totalCount != null ? source : source.Skip(pageIndex * PageSize).Take(PageSize)); }
    public bool HasNextPage => PageIndex + 1 < TotalPages;
    public int PageIndex { get; }
    public int PageSize { get; }
    public int TotalCount { get; }
    public int TotalPages { get; }
}
