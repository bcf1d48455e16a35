using Nop.Core;

namespace Nop.Plugin.Payments.Tamara.Tests.AfterSale.Support;

/// <summary>
/// One page holding every item
/// </summary>
public sealed class ListPage<T> : List<T>, IPagedList<T>
{
    public ListPage(IEnumerable<T> items) : base(items)
    {
    }

    public bool HasNextPage => false;
    public bool HasPreviousPage => false;
    public int PageIndex => 0;
    public int PageSize => Count;
    public int TotalCount => Count;
    public int TotalPages => 1;
}
