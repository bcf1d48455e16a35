namespace Nop.Web.Areas.Admin.Factories;

public partial interface ISettingModelFactory
{
}
