/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // party-review: the header and the page title read "<vendor> <name>".
  app: {
    name: 'Quản trị',
    vendor: 'Kiểm điểm, xếp loại chất lượng —'
  },
  // party-review: Vietnamese for every browser, as in Tasklist (locales/vi.json; Camunda 7.24 picks the browser's
  // first language when listed here, else the fallback). TasklistVietnameseBrowserTest checks vi.json has every key.
  locales: {
    availableLocales: ['vi'],
    fallbackLocale: 'vi'
  }
};
