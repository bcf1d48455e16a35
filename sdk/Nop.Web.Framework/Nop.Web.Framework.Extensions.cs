using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;

namespace Nop.Web.Framework.Extensions;

public static class HtmlExtensions
{
    public static Task<IHtmlContent> LocalizedEditorAsync<TModel, TLocalizedModelLocal>(this IHtmlHelper<TModel> helper, string name, Func<int, HelperResult> localizedTemplate, Func<TModel, HelperResult> standardTemplate, bool ignoreIfSeveralStores = false, string cssClass = null) where TModel : ILocalizedModel<TLocalizedModelLocal> where TLocalizedModelLocal : ILocalizedLocaleModel { throw null; }
}
