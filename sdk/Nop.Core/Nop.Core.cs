using Microsoft.AspNetCore.Http;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Stores;
using Nop.Core.Domain.Tax;
using Nop.Core.Domain.Vendors;

namespace Nop.Core;

public abstract partial class BaseEntity
{
    public int Id { get; set; }
}

public partial interface IPagedList<T> : IList<T>
{
    bool HasNextPage { get; }
    bool HasPreviousPage { get; }
    int PageIndex { get; }
    int PageSize { get; }
    int TotalCount { get; }
    int TotalPages { get; }
}

public partial interface IStoreContext
{
    Task<int> GetActiveStoreScopeConfigurationAsync();
    Store GetCurrentStore();
    Task<Store> GetCurrentStoreAsync();
}

public partial interface IWebHelper
{
    string GetCurrentIpAddress();
    string GetCurrentRequestProtocol();
    string GetRawUrl(HttpRequest request);
    string GetStoreHost(bool useSsl);
    string GetStoreLocation(bool? useSsl = null);
    string GetThisPageUrl(bool includeQueryString, bool? useSsl = null, bool lowercaseUrl = false);
    string GetUrlReferrer();
    bool IsAjaxRequest(HttpRequest request);
    bool IsCurrentConnectionSecured();
    bool IsLocalRequest(HttpRequest req);
    bool IsPostBeingDone { get; set; }
    bool IsRequestBeingRedirected { get; }
    bool IsStaticResource();
    string ModifyQueryString(string url, string key, params string[] values);
    T QueryString<T>(string name);
    string RemoveQueryString(string url, string key, string value = null);
    void RestartAppDomain();
}

public partial interface IWorkContext
{
    Task<Customer> GetCurrentCustomerAsync();
    Task<Vendor> GetCurrentVendorAsync();
    Task<TaxDisplayType> GetTaxDisplayTypeAsync();
    Task<Currency> GetWorkingCurrencyAsync();
    Task<Language> GetWorkingLanguageAsync();
    Customer OriginalCustomerIfImpersonated { get; }
    Task SetCurrentCustomerAsync(Customer customer = null);
    Task SetTaxDisplayTypeAsync(TaxDisplayType taxDisplayType);
    Task SetWorkingCurrencyAsync(Currency currency);
    Task SetWorkingLanguageAsync(Language language);
}

public partial class NopException : Exception
{
    public NopException() { }
    public NopException(string message) : base(message) { }
    public NopException(string message, Exception innerException) : base(message, innerException) { }
    public NopException(string messageFormat, params object[] args) : base(string.Format(messageFormat, args)) { }
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
    public bool HasPreviousPage => PageIndex > 0;
    public int PageIndex { get; }
    public int PageSize { get; }
    public int TotalCount { get; }
    public int TotalPages { get; }
}
