namespace Transcribe.Core.Tests.Iiif.Fixtures;

/// <summary>
/// Presentation 2.1 manifests shaped like those university and museum image servers publish
/// (Harvard's and the Bodleian's: sc:Sequence, canvases, oa:Annotation images, a service
/// with the Image API 2 context), embedded here because the test project copies no files.
/// </summary>
public static class PresentationV2Manifests
{
    /// <summary>
    /// A three-page locality register. Page 1: a plain level 2 service. Page 2: a Bodleian-style
    /// profile array whose description object sets maxWidth 2000. Page 3: no label, a service id
    /// given as its info.json address, and width/height written as strings.
    /// </summary>
    public const string LocalityRegister = """
        {
          "@context": "http://iiif.io/api/presentation/2/context.json",
          "@id": "https://iiif.lib.example.edu/manifests/drs:48309543",
          "@type": "sc:Manifest",
          "label": "Locality register, vol. 3, 1921-1924",
          "description": "Register of fossil collecting localities, USNM Division of Paleontology.",
          "metadata": [
            { "label": "Date", "value": "1921-1924" },
            { "label": "Creator", "value": "<a href=\"https://id.loc.gov/authorities/names/n79063926\">United States National Museum. Division of Paleontology</a>" },
            { "label": "Extent", "value": 212 },
            {
              "label": [ { "@value": "Title", "@language": "en" }, { "@value": "Titre", "@language": "fr" } ],
              "value": [ { "@value": "Locality register", "@language": "en" }, { "@value": "Registre des localités", "@language": "fr" } ]
            },
            { "label": "Repository", "value": "Smithsonian Institution Archives &amp; Paleobiology Library" },
            { "label": "", "value": "dropped: no label" }
          ],
          "attribution": "Provided by the Smithsonian Institution Archives. <br/>No known copyright restrictions.",
          "license": "https://creativecommons.org/publicdomain/zero/1.0/",
          "logo": "https://iiif.lib.example.edu/static/logo.png",
          "within": "https://iiif.lib.example.edu/collections/paleobiology",
          "sequences": [
            {
              "@id": "https://iiif.lib.example.edu/manifests/drs:48309543/sequence/normal.json",
              "@type": "sc:Sequence",
              "viewingHint": "paged",
              "canvases": [
                {
                  "@id": "https://iiif.lib.example.edu/manifests/drs:48309543/canvas/canvas-48309544.json",
                  "@type": "sc:Canvas",
                  "label": "f. 1r",
                  "width": 2500,
                  "height": 3500,
                  "images": [
                    {
                      "@id": "https://iiif.lib.example.edu/manifests/drs:48309543/annotation/anno-48309544.json",
                      "@type": "oa:Annotation",
                      "motivation": "sc:painting",
                      "on": "https://iiif.lib.example.edu/manifests/drs:48309543/canvas/canvas-48309544.json",
                      "resource": {
                        "@id": "https://ids.lib.example.edu/ids/iiif/48309544/full/full/0/default.jpg",
                        "@type": "dctypes:Image",
                        "format": "image/jpeg",
                        "width": 2500,
                        "height": 3500,
                        "service": {
                          "@context": "http://iiif.io/api/image/2/context.json",
                          "@id": "https://ids.lib.example.edu/ids/iiif/48309544",
                          "profile": "http://iiif.io/api/image/2/level2.json"
                        }
                      }
                    }
                  ]
                },
                {
                  "@id": "https://iiif.lib.example.edu/manifests/drs:48309543/canvas/canvas-48309545.json",
                  "@type": "sc:Canvas",
                  "label": "f. 1v",
                  "width": 2500,
                  "height": 3500,
                  "images": [
                    {
                      "@type": "oa:Annotation",
                      "motivation": "sc:painting",
                      "on": "https://iiif.lib.example.edu/manifests/drs:48309543/canvas/canvas-48309545.json",
                      "resource": {
                        "@id": "https://ids.lib.example.edu/ids/iiif/48309545/full/full/0/default.jpg",
                        "@type": "dctypes:Image",
                        "format": "image/jpeg",
                        "service": {
                          "@context": "http://iiif.io/api/image/2/context.json",
                          "@id": "https://ids.lib.example.edu/ids/iiif/48309545",
                          "profile": [
                            "http://iiif.io/api/image/2/level2.json",
                            { "formats": [ "jpg", "png" ], "qualities": [ "default", "gray" ], "maxWidth": 2000 }
                          ]
                        }
                      }
                    }
                  ]
                },
                {
                  "@id": "https://iiif.lib.example.edu/manifests/drs:48309543/canvas/canvas-48309546.json",
                  "@type": "sc:Canvas",
                  "width": "2480",
                  "height": "3508",
                  "images": [
                    {
                      "@type": "oa:Annotation",
                      "motivation": "sc:painting",
                      "on": "https://iiif.lib.example.edu/manifests/drs:48309543/canvas/canvas-48309546.json",
                      "resource": {
                        "@id": "https://ids.lib.example.edu/ids/iiif/48309546/full/full/0/default.jpg",
                        "@type": "dctypes:Image",
                        "service": {
                          "@context": "http://iiif.io/api/image/2/context.json",
                          "@id": "https://ids.lib.example.edu/ids/iiif/48309546/info.json",
                          "profile": "http://iiif.io/api/image/2/level1.json"
                        }
                      }
                    }
                  ]
                }
              ]
            }
          ],
          "structures": [
            {
              "@id": "https://iiif.lib.example.edu/manifests/drs:48309543/range/r0",
              "@type": "sc:Range",
              "label": "1921",
              "canvases": [ "https://iiif.lib.example.edu/manifests/drs:48309543/canvas/canvas-48309544.json" ]
            }
          ]
        }
        """;

    /// <summary>A Smithsonian IDS-style page: an oa:Choice of a colour and an infrared capture, no canvas label, no service on the default.</summary>
    public const string ChoiceOfImages = """
        {
          "@context": "http://iiif.io/api/presentation/2/context.json",
          "@id": "https://ids.si.example.edu/ids/manifest/SIA-RU7328-b12-f3",
          "@type": "sc:Manifest",
          "label": [ { "@value": "Field book, 1923", "@language": "en" }, { "@value": "Carnet de terrain, 1923", "@language": "fr" } ],
          "attribution": [ { "@value": "Smithsonian Institution Archives", "@language": "en" } ],
          "license": [ "http://rightsstatements.org/vocab/NoC-US/1.0/", "https://creativecommons.org/publicdomain/mark/1.0/" ],
          "sequences": [
            {
              "@type": "sc:Sequence",
              "canvases": [
                {
                  "@id": "https://ids.si.example.edu/ids/manifest/SIA-RU7328-b12-f3/canvas/1",
                  "@type": "sc:Canvas",
                  "width": 3000,
                  "height": 2000,
                  "images": [
                    {
                      "@type": "oa:Annotation",
                      "motivation": "sc:painting",
                      "resource": {
                        "@type": "oa:Choice",
                        "default": {
                          "@id": "https://ids.si.example.edu/ids/deliveryService?id=SIA-RU7328-b12-f3-001",
                          "@type": "dctypes:Image",
                          "label": "Colour",
                          "width": 3000,
                          "height": 2000
                        },
                        "item": [
                          {
                            "@id": "https://ids.si.example.edu/ids/deliveryService?id=SIA-RU7328-b12-f3-001-ir",
                            "@type": "dctypes:Image",
                            "label": "Infrared"
                          }
                        ]
                      },
                      "on": "https://ids.si.example.edu/ids/manifest/SIA-RU7328-b12-f3/canvas/1"
                    }
                  ]
                }
              ]
            }
          ]
        }
        """;
}
