namespace Nop.Web.Framework.Models;

public partial record BaseNopEntityModel : BaseNopModel
{
    public virtual int Id { get; set; }
}

public partial record BaseNopModel
{
    public BaseNopModel() { CustomProperties = new Dictionary<string, string>(); PostInitialize(); }
    public Dictionary<string, string> CustomProperties { get; set; }
    protected virtual void PostInitialize() { }
}

public partial interface ILocalizedLocaleModel
{
    int LanguageId { get; set; }
}

public partial interface ILocalizedModel
{
}

public partial interface ILocalizedModel<TLocalizedModel> : ILocalizedModel
{
    IList<TLocalizedModel> Locales { get; set; }
}

public partial interface ISettingsModel
{
    int ActiveStoreScopeConfiguration { get; set; }
}
